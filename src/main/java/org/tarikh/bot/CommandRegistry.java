package org.tarikh.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;

/** Routes a command to its handler; a command nobody handles gets a short pointer to /help. */
final class CommandRegistry {
    private final Map<String, ChatCommand> commands = new LinkedHashMap<>();

    CommandRegistry(List<ChatCommand> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    List<ChatCommand> commands() {
        return List.copyOf(commands.values());
    }

    Reply reply(String name, String args, String language) {
        ChatCommand command = commands.get(name.toLowerCase(Locale.ROOT));
        return command == null
                ? Reply.text(Html.escape(Messages.get(language, "unknown-command")))
                : command.reply(args, language);
    }
}
