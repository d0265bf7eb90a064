package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.store.Store;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;

/**
 * Whether a user administers a chat, asked of Telegram (getChatMember) and remembered for five minutes in the store,
 * so that every replica knows it; when Telegram does not answer, the user is taken for no admin this time, and
 * nothing is remembered.
 */
final class ChatAdmins {
    private static final Logger log = LoggerFactory.getLogger(ChatAdmins.class);
    private static final Duration REMEMBER = Duration.ofMinutes(5);

    private final Sender sender;
    private final Store store;

    ChatAdmins(Sender sender, Store store) {
        this.sender = sender;
        this.store = store;
    }

    boolean isAdmin(long chatId, long userId) {
        Instant now = Instant.now();
        try {
            Optional<Boolean> known = store.knownAdmin(chatId, userId, now);
            if (known.isPresent()) {
                return known.get();
            }
        } catch (SQLException e) {
            log.warn("the store cannot say who administers a chat, Telegram is asked: {}", e.toString());
        }
        var member = sender.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
        if (member.isEmpty()) {
            return false; // Telegram did not answer: not an admin now, but nothing is remembered
        }
        boolean admin = member.get().getStatus().equals("creator") || member.get().getStatus().equals("administrator");
        try {
            store.rememberAdmin(chatId, userId, admin, now.plus(REMEMBER));
        } catch (SQLException e) {
            log.warn("who administers a chat could not be remembered: {}", e.toString());
        }
        return admin;
    }
}
