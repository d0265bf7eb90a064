package org.tarikh.bot;

import java.util.Set;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;

/** A maintainers' command: kept out of the menu, and refused politely to anyone not in TARIKH_ADMINS. */
final class AdminOnly implements ChatCommand {
    private final Set<Long> admins;
    private final ChatCommand command;

    AdminOnly(Set<Long> admins, ChatCommand command) {
        this.admins = Set.copyOf(admins);
        this.command = command;
    }

    @Override
    public String name() {
        return command.name();
    }

    @Override
    public String description(String language) {
        return command.description(language);
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Reply reply(Request request) {
        return admins.contains(request.userId())
                ? command.reply(request)
                : Reply.text(Html.escape(Messages.get(request.language(), "admins-only")));
    }
}
