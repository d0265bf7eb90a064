package org.tarikh.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tarikh.knowledge.Glossary;

/** Finds the glossary group of a word: by the whole word, or by the longest beginning written with {@code *}. */
final class GlossaryMatcher {
    private final Map<String, String> groupOfWord = new HashMap<>();
    private final Map<String, String> groupOfBeginning = new HashMap<>();
    private final Set<String> neutral;
    private final Set<String> elsewhere;
    private final int longestBeginning;

    GlossaryMatcher(Glossary glossary) {
        int longest = 0;
        for (Map.Entry<String, List<String>> group : glossary.groups().entrySet()) {
            for (String word : group.getValue()) {
                String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("'", "").replace("’", "");
                if (w.endsWith("*")) {
                    groupOfBeginning.put(w.substring(0, w.length() - 1), group.getKey());
                    longest = Math.max(longest, w.length() - 1);
                } else {
                    groupOfWord.put(w, group.getKey());
                }
            }
        }
        this.longestBeginning = longest;
        this.neutral = glossary.neutral();
        this.elsewhere = glossary.elsewhere();
    }

    /** The group of a cleaned, lower-case word, or null. */
    String groupOf(String word) {
        String group = groupOfWord.get(word);
        for (int end = Math.min(word.length(), longestBeginning); group == null && end > 0; end--) {
            group = groupOfBeginning.get(word.substring(0, end));
        }
        return group;
    }

    boolean neutral(String group) {
        return group != null && neutral.contains(group);
    }

    /** Whether the group's words ask what no claim decides: a birthday, a grave, opening hours, today. */
    boolean elsewhere(String group) {
        return group != null && elsewhere.contains(group);
    }
}
