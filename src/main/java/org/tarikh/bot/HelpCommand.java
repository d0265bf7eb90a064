package org.tarikh.bot;

import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;

/** {@code /help}: what the bot does and its commands. */
final class HelpCommand implements ChatCommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String description(String language) {
        return Messages.get(language, "command.help");
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        return Reply.text(Html.escape(Messages.get(language, "help")));
    }
}
