package org.tarikh.bot;

import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;

/**
 * The bot's limits on what people can make it post: every reply a reader triggers — to a question, a text, a
 * command, a button, a sticker — counts against that reader in that chat ({@value #READER_PER_MINUTE} a minute in
 * a private chat, {@value #MEMBER_PER_MINUTE} in a group), and every reply in a group also against the group's own
 * budget ({@value #GROUP_PER_MINUTE} a minute), so that no member, nor several together, can make it flood a group.
 * Anonymous admins and people posting as a channel are counted as that channel in that chat.
 */
final class Floods {
    static final int READER_PER_MINUTE = 20;
    static final int MEMBER_PER_MINUTE = 5;
    static final int GROUP_PER_MINUTE = 12;

    private final FloodGuard readers = new FloodGuard(READER_PER_MINUTE);
    private final FloodGuard members = new FloodGuard(MEMBER_PER_MINUTE);
    private final FloodGuard groups = new FloodGuard(GROUP_PER_MINUTE);

    /** Whether a reply to {@code from} (or to {@code senderChat}, posting as a chat) in {@code chatId} may go out. */
    FloodGuard.Verdict check(long chatId, boolean group, User from, Chat senderChat) {
        long now = System.nanoTime();
        String who = senderChat != null ? "chat" + senderChat.getId() : from == null ? "nobody" : Long.toString(from.getId());
        if (!group) {
            return readers.check(chatId + ":" + who, now);
        }
        FloodGuard.Verdict member = members.check(chatId + ":" + who, now);
        if (member != FloodGuard.Verdict.ANSWER) {
            return member;
        }
        return groups.check(Long.toString(chatId), now);
    }
}
