package org.tarikh.bot;

import java.util.List;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;

/** {@code /language}: buttons to choose English or Russian answers. */
final class LanguageCommand implements ChatCommand {

    @Override
    public String name() {
        return "language";
    }

    @Override
    public String description(String language) {
        return language.equals("ru") ? "Язык ответов" : "Language of the answers";
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        return new Reply(Html.escape(Messages.get(language, "language.choose")), List.of(List.of(
                new Button("English", Callbacks.data(Callbacks.LANGUAGE, "en")),
                new Button("Русский", Callbacks.data(Callbacks.LANGUAGE, "ru")))));
    }
}
