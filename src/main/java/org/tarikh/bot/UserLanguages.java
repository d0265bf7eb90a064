package org.tarikh.bot;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Messages;
import org.tarikh.search.Languages;
import org.tarikh.store.Store;

/**
 * The language to speak to a user in: the one chosen with /language (kept in the store, so it survives a
 * restart); else the language of what they wrote, when it is one the bot speaks and differs from their app's (a
 * Kazakh question in an English app gets a Kazakh answer); else Telegram's language_code when the bot speaks it;
 * else English.
 */
final class UserLanguages {
    private static final Logger log = LoggerFactory.getLogger(UserLanguages.class);
    /** Texts this short say too little about their language ("ok", "1916"): the app's language decides. */
    private static final int TELLING_LETTERS = 8;

    private final Store store;
    /** The choices read from or written to the store; readers who never chose are looked up each time, not kept. */
    private final Map<Long, String> chosen = new ConcurrentHashMap<>();

    UserLanguages(Store store) {
        this.store = store;
    }

    void choose(long userId, String language) {
        chosen.put(userId, language);
        try {
            store.chooseLanguage(userId, language);
        } catch (SQLException e) {
            log.warn("a language choice could not be kept in the store: {}", e.toString());
        }
    }

    String of(Long userId, String languageCode, String text) {
        String choice = userId == null ? null : chosen.get(userId);
        if (choice == null && userId != null) {
            choice = stored(userId).orElse(null);
            if (choice != null) {
                chosen.put(userId, choice);
            }
        }
        if (choice != null) {
            return choice;
        }
        String app = null;
        if (languageCode != null) {
            String code = languageCode.toLowerCase(Locale.ROOT).split("-")[0];
            app = Languages.spoken(code) ? code : null;
        }
        if (text != null && text.codePoints().filter(Character::isLetter).count() >= TELLING_LETTERS) {
            String written = Languages.detect(text);
            if (!written.equals(app)) {
                return written;
            }
        }
        return app != null ? app : text == null ? "en" : Languages.detect(text);
    }

    private Optional<String> stored(long userId) {
        try {
            return store.chosenLanguage(userId);
        } catch (SQLException e) {
            log.warn("a language choice could not be read from the store: {}", e.toString());
            return Optional.empty();
        }
    }
}
