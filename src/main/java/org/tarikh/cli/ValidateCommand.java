package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.knowledge.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarikh validate [DIR]}: every problem of every knowledge file, as {@code file:line: message}. */
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
        if (result.ok()) {
            out.println(dir + ": " + result.knowledge().claims().size() + " claims in "
                    + result.knowledge().topics().size() + " topics, no problems.");
            return 0;
        }
        result.problems().stream().map(Problem::toString).forEach(err::println);
        err.println(result.problems().size() + " problem(s).");
        return 1;
    }
}
