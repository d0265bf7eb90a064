package org.tarikh.bot;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tarikh.answer.Messages;
import org.tarikh.search.Languages;

/**
 * The language to speak to a user in: the one chosen with /language, else Telegram's language_code when
 * the bot speaks it, else the script of the question (Cyrillic: Russian), else English.
 */
final class UserLanguages {
    private final Map<Long, String> chosen = new ConcurrentHashMap<>();

    void choose(long userId, String language) {
        chosen.put(userId, Messages.uiLanguage(language));
    }

    String of(Long userId, String languageCode, String text) {
        String language = userId == null ? null : chosen.get(userId);
        if (language != null) {
            return language;
        }
        if (languageCode != null) {
            String code = languageCode.toLowerCase(Locale.ROOT).split("-")[0];
            if (Messages.uiLanguage(code).equals(code)) {
                return code;
            }
        }
        return text == null || Languages.detect(text).equals("en") ? "en" : "ru";
    }
}
