package org.tarikh.bot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;

/**
 * Whether a user administers a chat, asked of Telegram (getChatMember) and remembered for five minutes; when
 * Telegram does not answer, the user is taken for no admin this time, and nothing is remembered.
 */
final class ChatAdmins {
    private static final long REMEMBER = TimeUnit.MINUTES.toNanos(5);

    private record Answer(boolean admin, long until) {
    }

    private final Sender sender;
    private final Map<String, Answer> cache = new ConcurrentHashMap<>();

    ChatAdmins(Sender sender) {
        this.sender = sender;
    }

    boolean isAdmin(long chatId, long userId) {
        long now = System.nanoTime();
        String key = chatId + ":" + userId;
        Answer known = cache.get(key);
        if (known != null && now < known.until()) {
            return known.admin();
        }
        var member = sender.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
        if (member.isEmpty()) {
            return false; // Telegram did not answer: not an admin now, but nothing is remembered
        }
        boolean admin = member.get().getStatus().equals("creator") || member.get().getStatus().equals("administrator");
        cache.put(key, new Answer(admin, now + REMEMBER));
        return admin;
    }
}
