package org.tarikh.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarikh.search.NearDuplicates;
import org.tarikh.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarikh report unanswered|feedback}: the maintainers' to-do list — the questions nobody could answer,
 * near-duplicates counted together, most asked first; or the claims readers judged unhelpful, worst first.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"unanswered: the questions that got no answer, near-duplicates grouped, most asked first.",
            "feedback: the claims readers judged unhelpful (👎), worst first."})
public final class ReportCommand implements Callable<Integer> {
    public enum Kind { unanswered, feedback }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "unanswered|feedback", description = "Which report.")
    Kind kind;

    @Option(names = "--since", paramLabel = "DAYS", defaultValue = "30",
            description = "Unanswered questions of the last DAYS days (default 30).")
    int sinceDays;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N lines (default 50).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.open()) {
            if (kind == Kind.unanswered) {
                List<NearDuplicates.Asked> asked = store.unanswered(Instant.now().minus(Duration.ofDays(sinceDays)))
                        .stream().map(q -> new NearDuplicates.Asked(q.text(), q.language())).toList();
                out.printf("%5s  %-4s %s%n", "asked", "lang", "question");
                new NearDuplicates().group(asked).stream().limit(limit)
                        .forEach(g -> out.printf("%5d  %-4s %s%n", g.count(), g.language(), g.text()));
            } else {
                out.printf("%5s %5s  %s%n", "👎", "👍", "claim");
                store.feedback().stream().filter(f -> f.unhelpful() > 0).limit(limit)
                        .forEach(f -> out.printf("%5d %5d  %s%n", f.unhelpful(), f.helpful(), f.claimId()));
            }
        }
        return 0;
    }
}
