package org.tarikh.answer;

import java.util.Map;
import org.tarikh.knowledge.Verdict;

/** The words of the interface, in English and Russian; any other language falls back to English. */
public final class Messages {
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("verdict.accurate", "Accurate"),
                    Map.entry("verdict.mostly-accurate", "Mostly accurate"),
                    Map.entry("verdict.mixed", "Mixed"),
                    Map.entry("verdict.misleading", "Misleading"),
                    Map.entry("verdict.false", "False"),
                    Map.entry("verdict.disputed", "Disputed among historians"),
                    Map.entry("verdict.unverifiable", "Unverifiable"),
                    Map.entry("verdict.opinion", "Opinion, not a checkable fact"),
                    Map.entry("miss", "I have no checked answer to that yet."),
                    Map.entry("miss.topics", "Nearest topics"),
                    Map.entry("miss.empty", "Ask me about a claim on the history of Central Asia, in your own words.")),
            "ru", Map.ofEntries(
                    Map.entry("verdict.accurate", "Верно"),
                    Map.entry("verdict.mostly-accurate", "В основном верно"),
                    Map.entry("verdict.mixed", "Отчасти верно"),
                    Map.entry("verdict.misleading", "Вводит в заблуждение"),
                    Map.entry("verdict.false", "Неверно"),
                    Map.entry("verdict.disputed", "Историки расходятся"),
                    Map.entry("verdict.unverifiable", "Невозможно проверить"),
                    Map.entry("verdict.opinion", "Мнение, а не проверяемый факт"),
                    Map.entry("miss", "У меня пока нет проверенного ответа на этот вопрос."),
                    Map.entry("miss.topics", "Ближайшие темы"),
                    Map.entry("miss.empty", "Спросите меня об утверждении из истории Центральной Азии своими словами.")));

    private static final Map<Verdict, String> SIGNS = Map.of(
            Verdict.ACCURATE, "✅",
            Verdict.MOSTLY_ACCURATE, "✅",
            Verdict.MIXED, "🌓",
            Verdict.MISLEADING, "⚠️",
            Verdict.FALSE, "❌",
            Verdict.DISPUTED, "⚖️",
            Verdict.UNVERIFIABLE, "❔",
            Verdict.OPINION, "💬");

    private Messages() {
    }

    /** The interface language for a question's language: itself if the interface speaks it, else English. */
    public static String uiLanguage(String language) {
        return TEXTS.containsKey(language) ? language : "en";
    }

    public static String get(String language, String key) {
        return TEXTS.get(uiLanguage(language)).get(key);
    }

    public static String verdict(String language, Verdict verdict) {
        return get(language, "verdict." + verdict.id());
    }

    public static String sign(Verdict verdict) {
        return SIGNS.get(verdict);
    }
}
