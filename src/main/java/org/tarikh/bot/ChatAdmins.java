package org.tarikh.bot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;

/** Whether a user administers a chat, asked of Telegram (getChatMember) and remembered for five minutes. */
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
        boolean admin = sender.execute(GetChatMember.builder().chatId(chatId).userId(userId).build())
                .map(member -> member.getStatus().equals("creator") || member.getStatus().equals("administrator"))
                .orElse(false);
        cache.put(key, new Answer(admin, now + REMEMBER));
        return admin;
    }
}
