package org.tarikh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.Messages;
import org.tarikh.document.Documents;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.Source;
import org.tarikh.search.Finding;
import org.tarikh.search.MatchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarikh check [FILE|-]}: every checked claim a whole text makes, with the text's words that make it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a whole text — plain text, Markdown (.md) or HTML (.html) reduced to its text — and "
            + "prints each checked claim it makes, in the text's order, with its verdict and the quoted words, then "
            + "the claims' sources.", "With no FILE, or '-', reads standard input as plain text."})
public final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "Print one JSON object: file, language, sentences, findings "
            + "(claim, verdict, confidence, start, end, quote, text, sources).")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-", description = "The text's file, or - for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String content;
        if (file.equals("-")) {
            content = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else if (!Files.isRegularFile(Path.of(file))) {
            err.println(file + ": no such file");
            return 1;
        } else {
            content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        }
        Answerer answerer = knowledge.loadAnswerer(err);
        if (answerer == null) {
            return 1;
        }
        String text = Documents.of(file, content).text();
        MatchResult match = answerer.matcher().match(text);
        if (json) {
            out.println(JSON.writeValueAsString(toJson(match)));
            return 0;
        }
        String language = Messages.uiLanguage(match.language());
        out.printf("%s: %d sentence(s), %d checked claim(s)%n", file.equals("-") ? "standard input" : file,
                match.sentences(), match.findings().size());
        Set<Claim> claims = new LinkedHashSet<>();
        for (Finding finding : match.findings()) {
            Claim claim = finding.claim();
            claims.add(claim);
            out.printf("%n%s %s (confidence %.2f) — %s%n  %s%n  characters %d-%d: «%s»%n", Messages.sign(claim.verdict()),
                    Messages.verdict(language, claim.verdict()), finding.confidence(), claim.id(), claim.textIn(language),
                    finding.start(), finding.end(), finding.quote().replaceAll("\\s+", " "));
        }
        for (Claim claim : claims) {
            out.printf("%nSources for %s:%n", claim.id());
            for (Source source : claim.sources()) {
                out.printf("  [%s] %s — %s (%s)%n", source.stance().id(), source.title(), source.publisher(), source.url());
            }
        }
        return 0;
    }

    private Map<String, Object> toJson(MatchResult match) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file);
        fields.put("language", match.language());
        fields.put("sentences", match.sentences());
        fields.put("findings", match.findings().stream().map(f -> {
            Map<String, Object> finding = AskCommand.toJson(f);
            finding.put("text", f.claim().textIn(Messages.uiLanguage(match.language())));
            finding.put("sources", f.claim().sources().stream().map(AskCommand::toJson).toList());
            return finding;
        }).toList());
        return fields;
    }
}
