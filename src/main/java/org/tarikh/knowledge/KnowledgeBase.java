package org.tarikh.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated, immutable set of claims and topics that every answer is drawn from. */
public final class KnowledgeBase {
    private final List<Claim> claims;
    private final Map<String, Claim> claimsById;
    private final Map<String, Topic> topicsById;
    private final Glossary glossary;
    private final Map<String, Path> files;

    public KnowledgeBase(List<Claim> claims, List<Topic> topics) {
        this(claims, topics, Glossary.EMPTY, Map.of());
    }

    KnowledgeBase(List<Claim> claims, List<Topic> topics, Glossary glossary, Map<String, Path> files) {
        this.glossary = glossary;
        this.files = Map.copyOf(files);
        this.claims = claims.stream().sorted(Comparator.comparing(Claim::id)).toList();
        this.claimsById = this.claims.stream()
                .collect(Collectors.toMap(Claim::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.topicsById = topics.stream()
                .collect(Collectors.toMap(Topic::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** All claims, sorted by id. */
    public List<Claim> claims() {
        return claims;
    }

    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claimsById.get(id));
    }

    public List<Topic> topics() {
        return List.copyOf(topicsById.values());
    }

    /** The topic of that id; a topic missing from topics.yaml is named by its id. */
    public Topic topic(String id) {
        return topicsById.getOrDefault(id, new Topic(id, Map.of("en", id)));
    }

    public List<Claim> claimsOf(String topicId) {
        return claims.stream().filter(c -> c.topic().equals(topicId)).toList();
    }

    public Glossary glossary() {
        return glossary;
    }

    /**
     * A problem found in a claim after loading (by the matcher's checks), placed at the line of {@code pointer}
     * (a JSON pointer such as {@code /questions/en/2}) in the claim's file.
     */
    public Problem problem(String claimId, String pointer, String message) {
        Path file = files.get(claimId);
        return file == null ? new Problem(Path.of(claimId), 0, message)
                : new Problem(file, ClaimFile.lineOf(file, pointer), message);
    }

    /** The newest review date: a short, stable name for this version of the knowledge. */
    public String version() {
        return claims.stream().map(Claim::reviewed).max(Comparator.naturalOrder())
                .map(LocalDate::toString).orElse("empty");
    }
}
