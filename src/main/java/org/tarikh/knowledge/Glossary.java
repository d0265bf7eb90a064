package org.tarikh.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that mean the same thing to the matcher, in any language, as written in {@code knowledge/glossary.yaml}:
 * a text's word and a claim's word meet when they are in one group. A word ending in {@code *} stands for every
 * word that begins with it. A {@code neutral} group holds words a text may use about any claim ("myth", "fake"):
 * they count for a claim that uses them and never against one that does not. An {@code elsewhere} group holds
 * words that ask what no claim decides (a birthday, a grave, opening hours, today): a question that uses one
 * a claim's texts do not is likely about something else.
 */
public record Glossary(Map<String, List<String>> groups, Set<String> neutral, Set<String> elsewhere) {
    public static final Glossary EMPTY = new Glossary(Map.of(), Set.of(), Set.of());

    public Glossary {
        groups = Map.copyOf(groups);
        neutral = Set.copyOf(neutral);
        elsewhere = Set.copyOf(elsewhere);
    }
}
