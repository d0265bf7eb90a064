package org.tarikh.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.Problem;

/**
 * The checks of the claims' subjects that need the matcher's reading of words: every entry must have a word the
 * matcher reads (not only stop words), and the claim's own text and paraphrases must name its subject — a
 * paraphrase that does not would never be answered, so its subject is missing a name people use.
 */
public final class SubjectCheck {
    private SubjectCheck() {
    }

    public static List<Problem> problems(KnowledgeBase knowledge) {
        Matcher matcher = new Matcher(Index.build(knowledge), Calibration.unfitted());
        Analysis analysis = new Analysis(new GlossaryMatcher(knowledge.glossary()));
        List<Problem> problems = new ArrayList<>();
        for (Claim claim : knowledge.claims()) {
            for (Map.Entry<String, List<String>> entries : claim.subject().entrySet()) {
                for (int i = 0; i < entries.getValue().size(); i++) {
                    for (String alternative : entries.getValue().get(i).split("[\\s|]+")) {
                        List<Analysis.Word> words = analysis.words(alternative);
                        if (words.size() != 1 || !words.get(0).content()) {
                            problems.add(knowledge.problem(claim.id(), "/subject/" + entries.getKey() + "/" + i,
                                    "subject word '" + alternative + "' is " + (words.size() > 1
                                            ? "several words to the matcher: write them as separate words of the entry"
                                            : "a word the matcher ignores (a stop word or punctuation): leave it out")));
                        }
                    }
                }
            }
            claim.text().forEach((language, text) -> {
                if (!matcher.namedClaims(text).contains(claim.id())) {
                    problems.add(knowledge.problem(claim.id(), "/claim/" + language, "the claim in '" + language
                            + "' names none of its subject's names; add the name it uses to subject." + language));
                }
            });
            claim.questions().forEach((language, questions) -> {
                for (int i = 0; i < questions.size(); i++) {
                    if (!matcher.namedClaims(questions.get(i)).contains(claim.id())) {
                        problems.add(knowledge.problem(claim.id(), "/questions/" + language + "/" + i, "paraphrase '"
                                + questions.get(i) + "' names none of the subject's names, so it would get no answer: "
                                + "add the name it uses to subject." + language + ", or reword it"));
                    }
                }
            });
        }
        return problems;
    }
}
