package org.tarikh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.ClaimReviews;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.knowledge.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tarikh export --format claimreview}: every claim as schema.org ClaimReview JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every claim as schema.org ClaimReview JSON-LD (a JSON array, one object per claim and "
                + "language).")
public final class ExportCommand implements Callable<Integer> {
    public enum Format { claimreview }

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Mixin
    PublisherOptions publishing;

    @Option(names = "--format", required = true, paramLabel = "claimreview", description = "The format: claimreview.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeLoader.Result result = new KnowledgeLoader().load(knowledge.dir);
        if (!result.ok()) {
            result.problems().stream().map(Problem::toString).forEach(err::println);
            return 1;
        }
        ObjectMapper json = new ObjectMapper();
        ArrayNode reviews = json.createArrayNode();
        ClaimReviews.Publisher publisher = publishing.publisher();
        for (var claim : result.knowledge().claims()) {
            for (String language : ClaimReviews.languages(claim)) {
                reviews.add(ClaimReviews.toClaimReview(claim, language, Messages.verdict(language, claim.verdict()),
                        publisher));
            }
        }
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(reviews);
        if (out == null) {
            spec.commandLine().getOut().println(text);
        } else {
            Files.writeString(out, text + "\n");
            err.println(reviews.size() + " ClaimReview objects written to " + out);
        }
        return 0;
    }
}
