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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a knowledge folder ({@code <topic>/<id>.yaml} files and {@code topics.yaml}) into a
 * {@link KnowledgeBase}, collecting every problem of every file instead of stopping at the first.
 */
public final class KnowledgeLoader {
    public static final String TOPICS_FILE = "topics.yaml";
    public static final String GLOSSARY_FILE = "glossary.yaml";
    /** Files of the knowledge folder that are not claims; the matcher reads calibration.yaml itself. */
    private static final List<String> NOT_CLAIMS = List.of(TOPICS_FILE, GLOSSARY_FILE, "calibration.yaml");

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
        Glossary glossary = readGlossary(dir.resolve(GLOSSARY_FILE), problems);
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
        Map<String, ClaimFile> firstStating = new HashMap<>();
        for (ClaimFile file : files) {
            file.facts().forEach((fact, value) -> {
                ClaimFile first = firstStating.putIfAbsent(fact, file);
                if (first != null && !first.facts().get(fact).equals(value)) {
                    problems.add(file.problem("/facts/" + fact, "fact '" + fact + "' is '" + value + "' here but '"
                            + first.facts().get(fact) + "' in " + first.file() + ": the same fact must agree"));
                }
            });
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
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(dir, 0, "no claims here: a knowledge folder holds <topic>/<claim-id>.yaml files "
                    + "(is TARIKH_KNOWLEDGE or --knowledge the right folder?)"));
        }
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
        List<Claim> claims = files.stream().map(ClaimFile::claim).filter(c -> c != null).toList();
        Map<String, Path> paths = new HashMap<>();
        files.forEach(f -> paths.put(f.id(), f.file()));
        return new Result(new KnowledgeBase(claims, topics, glossary, paths), problems);
    }

    private static List<Path> claimFiles(Path dir) throws IOException {
        List<Path> notClaims = NOT_CLAIMS.stream().map(dir::resolve).toList();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !notClaims.contains(p))
                    .sorted()
                    .toList();
        }
    }

    /** The YAML document of a file other than a claim, or null when it is missing or not YAML (reported). */
    private static YamlDocument readYaml(Path file, List<Problem> problems) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return YamlDocument.read(reader);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "YAML syntax: " + e.getOriginalMessage()));
            return null;
        }
    }

    private static List<Topic> readTopics(Path file, List<Problem> problems) throws IOException {
        YamlDocument doc = readYaml(file, problems);
        if (doc == null) {
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

    /** {@code groups: {name: [word, ...]}}, {@code neutral: [name, ...]} and {@code elsewhere: [name, ...]}; each word in one group only. */
    private static Glossary readGlossary(Path file, List<Problem> problems) throws IOException {
        YamlDocument doc = readYaml(file, problems);
        if (doc == null) {
            return Glossary.EMPTY;
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String> groupOfWord = new HashMap<>();
        JsonNode groupsNode = doc.root().path("groups");
        if (!groupsNode.isObject()) {
            problems.add(new Problem(file, doc.lineOf("/groups"), "expected groups: {name: [word, ...], ...}"));
            return Glossary.EMPTY;
        }
        for (Map.Entry<String, JsonNode> group : groupsNode.properties()) {
            String pointer = "/groups/" + group.getKey();
            if (!group.getValue().isArray() || group.getValue().isEmpty()) {
                problems.add(new Problem(file, doc.lineOf(pointer), "group '" + group.getKey() + "' needs a list of words"));
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int i = 0; i < group.getValue().size(); i++) {
                String word = group.getValue().get(i).asText().strip().toLowerCase(java.util.Locale.ROOT);
                String other = groupOfWord.putIfAbsent(word, group.getKey());
                if (word.isEmpty() || word.equals("*")) {
                    problems.add(new Problem(file, doc.lineOf(pointer + "/" + i), "empty word in group '" + group.getKey() + "'"));
                } else if (other != null) {
                    problems.add(new Problem(file, doc.lineOf(pointer + "/" + i), "'" + word + "' is in groups '"
                            + other + "' and '" + group.getKey() + "'; a word belongs to one group"));
                } else {
                    words.add(word);
                }
            }
            groups.put(group.getKey(), words);
        }
        return new Glossary(groups, groupNames(doc, "neutral", groups, file, problems),
                groupNames(doc, "elsewhere", groups, file, problems));
    }

    /** A list of group names ({@code neutral: [...]}, {@code elsewhere: [...]}), each among the groups. */
    private static Set<String> groupNames(YamlDocument doc, String key, Map<String, List<String>> groups, Path file,
            List<Problem> problems) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode node = doc.root().path(key);
        for (int i = 0; i < node.size(); i++) {
            String name = node.get(i).asText();
            if (!groups.containsKey(name)) {
                problems.add(new Problem(file, doc.lineOf("/" + key + "/" + i), key + " group '" + name + "' is not among the groups"));
            }
            names.add(name);
        }
        return names;
    }
}
