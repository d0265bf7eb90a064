package org.tarikh.bot;

import java.sql.SQLException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.store.Store;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/** The bot added to a group posts one short introduction; removed, it forgets that chat's settings. */
final class MembershipHandler {
    private static final Logger log = LoggerFactory.getLogger(MembershipHandler.class);
    private static final Set<String> PRESENT = Set.of("member", "administrator", "creator", "restricted");

    private final UserLanguages languages;
    private final Sender sender;
    private final Store store;

    MembershipHandler(UserLanguages languages, Sender sender, Store store) {
        this.languages = languages;
        this.sender = sender;
        this.store = store;
    }

    void handle(ChatMemberUpdated change, Handling handling) {
        long chatId = change.getChat().getId();
        boolean present = PRESENT.contains(change.getNewChatMember().getStatus());
        boolean wasPresent = PRESENT.contains(change.getOldChatMember().getStatus());
        boolean group = Boolean.TRUE.equals(change.getChat().isGroupChat())
                || Boolean.TRUE.equals(change.getChat().isSuperGroupChat());
        if (present && !wasPresent && group) {
            String language = languages.of(change.getFrom().getId(), change.getFrom().getLanguageCode(), null);
            sender.send(chatId, Reply.text(Html.escape(Messages.get(language, "intro"))), null, handling.updateId());
            log.info("added to a group");
        } else if (!present && wasPresent) {
            try {
                store.forgetChat(chatId);
            } catch (SQLException e) {
                log.warn("could not forget a chat's settings: {}", e.toString());
            }
            log.info("removed from a chat; its settings are forgotten");
        }
    }
}
