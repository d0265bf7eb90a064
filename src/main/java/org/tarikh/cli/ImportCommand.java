package org.tarikh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tarikh.knowledge.ClaimDrafts;
import org.tarikh.knowledge.ClaimReviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarikh import --format claimreview FILE --into DIR}: ClaimReview JSON-LD (one object, an array or a
 * DataFeed) into draft knowledge files, each marked for review so that {@code validate} refuses it until a
 * maintainer signs it off.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns ClaimReview JSON-LD into draft knowledge files, each marked for review.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "claimreview", description = "The format: claimreview.")
    ExportCommand.Format format;

    @Option(names = "--into", required = true, paramLabel = "DIR",
            description = "The folder to write the drafts in (under DIR/imported/).")
    Path into;

    @Parameters(paramLabel = "FILE", description = "The JSON-LD file, or an HTML page carrying ClaimReview JSON-LD.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<JsonNode> reviews = new java.util.ArrayList<>();
        if (file.toString().endsWith(".html") || file.toString().endsWith(".htm")) {
            // A page (ours, or another publisher's): its JSON-LD scripts.
            for (org.jsoup.nodes.Element script : org.jsoup.Jsoup.parse(file.toFile(), "UTF-8")
                    .select("script[type=application/ld+json]")) {
                reviews.addAll(ClaimReviews.reviewsIn(new ObjectMapper().readTree(script.data())));
            }
        } else {
            reviews.addAll(ClaimReviews.reviewsIn(new ObjectMapper().readTree(file.toFile())));
        }
        int written = 0;
        for (JsonNode review : reviews) {
            Optional<Path> draft = ClaimDrafts.write(review, into, LocalDate.now());
            if (draft.isPresent()) {
                out.println(draft.get());
                written++;
            } else {
                err.println("skipped a ClaimReview without claimReviewed or a rating: " + review.path("url").asText());
            }
        }
        err.println(written + " draft(s) written; review each, then delete its `review` line and move it to its topic.");
        return written == reviews.size() ? 0 : 1;
    }
}
