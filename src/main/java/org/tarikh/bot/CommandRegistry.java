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

    /** The commands listed in Telegram's menu. */
    List<ChatCommand> menu() {
        return commands.values().stream().filter(ChatCommand::inMenu).toList();
    }

    Reply reply(String name, ChatCommand.Request request) {
        ChatCommand command = commands.get(name.toLowerCase(Locale.ROOT));
        return command == null
                ? Reply.text(Html.escape(Messages.get(request.language(), "unknown-command")))
                : command.reply(request);
    }
}
