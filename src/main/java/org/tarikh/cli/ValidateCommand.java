package org.tarikh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.knowledge.Problem;
import org.tarikh.search.Calibration;
import org.tarikh.search.SubjectCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarikh validate [DIR]}: every problem of every knowledge file, as {@code file:line: message} — what loading
 * finds, then, when the files load, what the matcher's checks of the subjects find and whether the calibration
 * is there.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the knowledge files and prints every problem as file:line: message; exit 1 on any.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "${env:TARIKH_KNOWLEDGE:-knowledge}",
            description = "The knowledge folder (default: $TARIKH_KNOWLEDGE or ./knowledge).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeLoader.Result result = new KnowledgeLoader().load(dir);
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result.ok()) {
            problems.addAll(SubjectCheck.problems(result.knowledge()));
            try {
                Calibration.load(dir);
            } catch (IOException e) {
                problems.add(new Problem(dir.resolve(Calibration.FILE), 1, e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            out.println(dir + ": " + result.knowledge().claims().size() + " claims in "
                    + result.knowledge().topics().size() + " topics, no problems.");
            return 0;
        }
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
        problems.stream().map(Problem::toString).forEach(err::println);
        err.println(problems.size() + " problem(s).");
        return 1;
    }
}
