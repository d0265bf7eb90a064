package org.tarikh.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;

/** {@code /language}: buttons to choose the language of the answers, each named in itself. */
final class LanguageCommand implements ChatCommand {
    /** The languages a reader can choose, with their own names, in the order of the buttons. */
    static final List<String> CHOICES = List.of("en", "ru", "kk", "uz");
    private static final Map<String, String> NAMES =
            Map.of("en", "English", "ru", "Русский", "kk", "Қазақша", "uz", "Oʻzbekcha");

    @Override
    public String name() {
        return "language";
    }

    @Override
    public String description(String language) {
        return Messages.get(language, "command.language");
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        List<Button> buttons = new ArrayList<>();
        CHOICES.forEach(code -> buttons.add(new Button(NAMES.get(code), Callbacks.data(Callbacks.LANGUAGE, code))));
        return new Reply(Html.escape(Messages.get(language, "language.choose")),
                List.of(buttons.subList(0, 2), buttons.subList(2, 4)));
    }
}
