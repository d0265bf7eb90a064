package org.tarikh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.answer.Answer;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.Html;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.Source;
import org.tarikh.search.Candidate;
import org.tarikh.search.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarikh ask}: one question from the arguments, or one a line from standard input with one JSON object
 * a line out, in order, all answered by one loaded index.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question as the bot would.",
            "With no QUESTION, reads one question a line from standard input and writes one JSON object a line."})
public final class AskCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Language { en, ru, kk, uz, ky, tg }

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "Print the answer as JSON: question, claim, verdict, score, confidence, "
            + "language, reply, sources, alternatives, findings.")
    boolean json;

    @Option(names = "--explain", description = "Print, after the answer, why the text matched what it matched, or "
            + "did not: its words and their weights, the subjects it names, each claim's measures and confidence.")
    boolean explain;

    @Option(names = "--lang", paramLabel = "LANG", description = "Reply in this language: en, ru, kk, uz, ky or tg (default: the question's).")
    Language language;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; its words may be separate arguments.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Answerer answerer = knowledge.loadAnswerer(spec.commandLine().getErr());
        if (answerer == null) {
            return 1;
        }
        String lang = language == null ? null : language.name();
        if (words != null && !words.isEmpty()) {
            String question = String.join(" ", words);
            Answer answer = answerer.answer(question, lang);
            out.println(json ? toJson(answer) : Html.toPlainText(answer.reply()));
            if (explain) {
                out.println();
                out.print(answerer.matcher().explain(question));
                out.flush();
            }
            return 0;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.println(toJson(answerer.answer(line, lang)));
            out.flush();
        }
        return 0;
    }

    static String toJson(Answer answer) throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        Claim claim = answer.claim().orElse(null);
        fields.put("question", answer.question());
        fields.put("claim", claim == null ? null : claim.id());
        fields.put("verdict", claim == null ? null : claim.verdict().id());
        fields.put("score", answer.match().best().map(f -> Math.round(f.features().rank() * 1000) / 1000.0).orElse(0.0));
        fields.put("confidence", Math.round(answer.match().confidence() * 1000) / 1000.0);
        fields.put("language", answer.language());
        fields.put("reply", answer.reply());
        fields.put("sources", claim == null ? List.of() : claim.sources().stream().map(AskCommand::toJson).toList());
        fields.put("alternatives", answer.match().alternatives().stream().map(Candidate::claim).map(Claim::id).toList());
        fields.put("findings", answer.findings().stream().map(AskCommand::toJson).toList());
        return JSON.writeValueAsString(fields);
    }

    static Map<String, Object> toJson(Finding finding) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("claim", finding.claim().id());
        fields.put("verdict", finding.claim().verdict().id());
        fields.put("confidence", Math.round(finding.confidence() * 1000) / 1000.0);
        fields.put("start", finding.start());
        fields.put("end", finding.end());
        fields.put("quote", finding.quote());
        return fields;
    }

    static Map<String, String> toJson(Source source) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", source.title());
        fields.put("url", source.url());
        fields.put("stance", source.stance().id());
        return fields;
    }
}
