package org.tarikh.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.knowledge.Glossary;

/**
 * Groups questions that ask the same thing in nearly the same words ("Was the famine in Kazakhstan real?",
 * "was the Kazakhstan famine real") by the overlap of their stemmed content words, so that a list of
 * unanswered questions counts each one once with how often it was asked.
 */
public final class NearDuplicates {
    /** Two questions whose content words overlap this much (Jaccard) are one question. */
    static final double SAME_QUESTION = 0.7;

    private final Analysis analysis = new Analysis(new GlossaryMatcher(Glossary.EMPTY));

    /** A question as asked: its text and language. */
    public record Asked(String text, String language) {
    }

    /** A group of near-duplicates: the first wording seen, its language, and how many times it was asked. */
    public record Group(String text, String language, int count) {
    }

    private static final class Building {
        final Asked first;
        final Set<String> words;
        int count = 1;

        Building(Asked first, Set<String> words) {
            this.first = first;
            this.words = words;
        }
    }

    /** The groups, the most asked first. */
    public List<Group> group(List<Asked> questions) {
        List<Building> groups = new ArrayList<>();
        for (Asked asked : questions) {
            Set<String> words = new HashSet<>();
            analysis.words(asked.text()).stream().filter(Analysis.Word::content).forEach(w -> words.add(w.stem()));
            Building same = groups.stream().filter(g -> similarity(g.words, words) >= SAME_QUESTION).findFirst().orElse(null);
            if (same == null) {
                groups.add(new Building(asked, words));
            } else {
                same.count++;
            }
        }
        return groups.stream()
                .sorted(Comparator.comparingInt((Building g) -> g.count).reversed())
                .map(g -> new Group(g.first.text(), g.first.language(), g.count))
                .toList();
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
