package org.tarikh.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a knowledge folder ({@code <topic>/<id>.yaml} files and {@code topics.yaml}) into a
 * {@link KnowledgeBase}, collecting every problem of every file instead of stopping at the first.
 */
public final class KnowledgeLoader {
    public static final String TOPICS_FILE = "topics.yaml";

    /** What loading gave: the knowledge (built only from the files without problems) and every problem. */
    public record Result(KnowledgeBase knowledge, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result load(Path dir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "not a folder"));
            return new Result(new KnowledgeBase(List.of(), List.of()), problems);
        }
        List<Topic> topics = readTopics(dir.resolve(TOPICS_FILE), problems);
        Map<String, Topic> topicsById = new HashMap<>();
        topics.forEach(t -> topicsById.put(t.id(), t));

        Map<String, Path> fileOfId = new HashMap<>();
        List<ClaimFile> files = new ArrayList<>();
        for (Path file : claimFiles(dir)) {
            ClaimFile read = ClaimFile.read(file, problems);
            if (read == null || read.id() == null) {
                continue;
            }
            Path first = fileOfId.putIfAbsent(read.id(), file);
            if (first != null) {
                problems.add(read.problem("/id", "duplicate id '" + read.id() + "', also in " + first));
                continue;
            }
            files.add(read);
        }
        for (ClaimFile file : files) {
            for (int i = 0; i < file.related().size(); i++) {
                String related = file.related().get(i);
                if (!fileOfId.containsKey(related)) {
                    problems.add(file.problem("/related/" + i, "related claim '" + related + "' does not exist"));
                }
            }
            Claim claim = file.claim();
            if (claim != null && !topicsById.isEmpty() && !topicsById.containsKey(claim.topic())) {
                problems.add(file.problem("/topic", "unknown topic '" + claim.topic() + "' (add it to "
                        + TOPICS_FILE + " or use one of " + String.join(", ", topicsById.keySet()) + ")"));
            }
        }
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
        List<Claim> claims = files.stream().map(ClaimFile::claim).filter(c -> c != null).toList();
        return new Result(new KnowledgeBase(claims, topics), problems);
    }

    private static List<Path> claimFiles(Path dir) throws IOException {
        Path topics = dir.resolve(TOPICS_FILE);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.equals(topics))
                    .sorted()
                    .toList();
        }
    }

    private static List<Topic> readTopics(Path file, List<Problem> problems) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        YamlDocument doc;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = YamlDocument.read(reader);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "YAML syntax: " + e.getOriginalMessage()));
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        if (!doc.root().isObject()) {
            problems.add(new Problem(file, 1, "expected topic ids, each with its names by language"));
            return topics;
        }
        for (Map.Entry<String, JsonNode> entry : doc.root().properties()) {
            Map<String, String> names = new HashMap<>();
            entry.getValue().properties().forEach(n -> names.put(n.getKey(), n.getValue().asText()));
            if (!names.containsKey("en")) {
                problems.add(new Problem(file, doc.lineOf("/" + entry.getKey()),
                        "topic '" + entry.getKey() + "' has no English name (en)"));
            }
            topics.add(new Topic(entry.getKey(), names));
        }
        return topics;
    }
}
