package org.tarikh.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One claim file being read: turns its YAML into a {@link Claim}, reporting each problem with its line. */
final class ClaimFile {
    /**
     * The line of {@code pointer} in a claim file, read again: for the rare problem found after loading, so that
     * the knowledge in service need not keep every file's lines.
     */
    static int lineOf(Path file, String pointer) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return YamlDocument.read(reader).lineOf(pointer);
        } catch (IOException e) {
            return 0;
        }
    }

    static final int MAX_CLAIM_LENGTH = 300;
    static final int MAX_SUMMARY_LENGTH = 600;
    static final int MAX_SOURCE_TEXT_LENGTH = 200;
    static final int MAX_URL_LENGTH = 500;

    private static final Set<String> REQUIRED =
            Set.of("id", "topic", "claim", "subject", "verdict", "summary", "questions", "sources", "reviewed");
    private static final Set<String> OPTIONAL =
            Set.of("claimant", "keywords", "related", "facts", "short", "appearance", ClaimDrafts.REVIEW_FIELD);
    /** Google's ClaimReview guidelines suggest claimReviewed texts of at most this many characters. */
    static final int MAX_SHORT_LENGTH = 75;
    private static final Set<String> SOURCE_FIELDS =
            Set.of("title", "url", "publisher", "date", "lang", "stance", "checked");
    /** Verdicts that say the claim is wrong in part or whole: the reader must see a source that counters it. */
    private static final Set<Verdict> NEED_COUNTERING =
            Set.of(Verdict.FALSE, Verdict.MISLEADING, Verdict.MIXED, Verdict.DISPUTED);
    static final int MIN_SOURCES = 2;
    /** Words in a host name that mark a copy not meant for readers: staging.rferl.org, magazine-dev.thediplomat.com. */
    private static final Set<String> NON_PUBLIC_HOST_WORDS = Set.of("staging", "stage", "dev", "test", "testing",
            "internal", "intranet", "qa", "uat", "preprod", "sandbox", "prod", "mirror", "localhost");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");

    private final Path file;
    private final YamlDocument doc;
    private final List<Problem> problems;
    private final int problemsBefore;
    private String id;
    private List<String> related = List.of();
    private Map<String, String> facts = Map.of();
    private Claim claim;

    private ClaimFile(Path file, YamlDocument doc, List<Problem> problems) {
        this.file = file;
        this.doc = doc;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    /**
     * Reads {@code file}, adding its problems; returns null when it is not even YAML. A file with problems
     * has no {@link #claim()} but still its id and related ids, for the checks across files.
     */
    static ClaimFile read(Path file, List<Problem> problems) throws IOException {
        YamlDocument doc;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = YamlDocument.read(reader);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new Problem(file, line, "YAML syntax: " + e.getOriginalMessage().lines().findFirst().orElse("")));
            return null;
        }
        ClaimFile claimFile = new ClaimFile(file, doc, problems);
        claimFile.claim = claimFile.toClaim();
        return claimFile;
    }

    /** The claim, or null when the file has problems. */
    Claim claim() {
        return claim;
    }

    String id() {
        return id;
    }

    List<String> related() {
        return related;
    }

    /** The shared facts the claim states ({@code facts:}), by id: two claims stating one must agree on it. */
    Map<String, String> facts() {
        return facts;
    }

    Path file() {
        return file;
    }

    Problem problem(String pointer, String message) {
        return new Problem(file, doc.lineOf(pointer), message);
    }

    private Claim toClaim() {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            report("", "expected a claim (id, topic, claim, verdict, ...), found " + describe(root));
            return null;
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                report("/" + name, "unknown field '" + name + "'");
            }
        });
        REQUIRED.stream().sorted().filter(name -> !root.has(name) || root.get(name).isNull())
                .forEach(name -> report("", "missing field '" + name + "'"));

        id = text("/id");
        String expectedId = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (id != null && !id.equals(expectedId)) {
            report("/id", "id '" + id + "' differs from the file name '" + expectedId + "'");
        }
        String topic = text("/topic");
        Map<String, String> text = languageTexts("/claim", MAX_CLAIM_LENGTH);
        Map<String, String> summary = languageTexts("/summary", MAX_SUMMARY_LENGTH);
        Verdict verdict = verdict();
        Map<String, List<String>> subject = languageLists("/subject", "subject names");
        checkSubject(subject, text);
        Map<String, List<String>> questions = languageLists("/questions", "questions");
        List<String> keywords = texts("/keywords");
        List<Source> sources = sources();
        related = texts("/related");
        facts = facts(summary);
        checkSources(verdict, sources);
        LocalDate reviewed = date("/reviewed");
        Claimant claimant = claimant();
        Map<String, String> shortText = shortText(text);
        java.util.Optional<Appearance> appearance = appearance();
        if (root.has(ClaimDrafts.REVIEW_FIELD)) {
            report("/" + ClaimDrafts.REVIEW_FIELD, "draft not yet signed off (" + text("/" + ClaimDrafts.REVIEW_FIELD)
                    + "): check every fact and source, then delete the `" + ClaimDrafts.REVIEW_FIELD + "` line");
        }

        if (problems.size() > problemsBefore) {
            return null;
        }
        return new Claim(id, topic, text, subject, claimant, verdict, summary, questions,
                keywords, sources, related, reviewed, shortText, appearance);
    }

    private Verdict verdict() {
        String value = text("/verdict");
        if (value == null) {
            return null;
        }
        return Verdict.fromId(value).orElseGet(() -> {
            report("/verdict", "verdict '" + value + "' is not one of: " + Verdict.vocabulary());
            return null;
        });
    }

    private Map<String, String> languageTexts(String pointer, int maxLength) {
        Map<String, String> texts = new LinkedHashMap<>();
        JsonNode node = at(pointer);
        if (node == null) {
            return texts;
        }
        if (!node.isObject()) {
            report(pointer, "expected texts by language (en: ..., ru: ...), found " + describe(node));
            return texts;
        }
        node.fieldNames().forEachRemaining(language -> {
            String child = pointer + "/" + language;
            String value = text(child);
            if (!Claim.LANGUAGES.contains(language)) {
                report(child, "'" + language + "' is not a language Tarikh speaks (" + String.join(", ", Claim.LANGUAGES) + ")");
            } else if (value != null && value.length() > maxLength) {
                report(child, field(pointer) + " in '" + language + "' has " + value.length()
                        + " characters; at most " + maxLength + " fit the answer");
            } else if (value != null) {
                texts.put(language, value.strip());
            }
        });
        if (!texts.containsKey("en") && !node.has("en")) {
            report(pointer, field(pointer) + " has no English text (en)");
        }
        return texts;
    }

    /** Lists of texts by language, as {@code questions} and {@code subject} have them. */
    private Map<String, List<String>> languageLists(String pointer, String what) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        JsonNode node = at(pointer);
        if (node == null) {
            return lists;
        }
        if (!node.isObject()) {
            report(pointer, "expected " + what + " by language (en: [...], ru: [...]), found " + describe(node));
            return lists;
        }
        node.fieldNames().forEachRemaining(language -> {
            if (!Claim.LANGUAGES.contains(language)) {
                report(pointer + "/" + language, "'" + language + "' is not a language Tarikh speaks ("
                        + String.join(", ", Claim.LANGUAGES) + ")");
            } else {
                lists.put(language, texts(pointer + "/" + language));
            }
        });
        return lists;
    }

    /**
     * A subject entry is words separated by spaces, each word one or more alternatives separated by '|'; every
     * language the claim is written in needs at least one entry.
     */
    private void checkSubject(Map<String, List<String>> subject, Map<String, String> text) {
        for (String language : text.keySet()) {
            if (subject.getOrDefault(language, List.of()).isEmpty() && at("/subject") != null) {
                report("/subject", "subject has no names in '" + language + "', but the claim is written in it");
            }
        }
        subject.forEach((language, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                for (String word : entries.get(i).split("\\s+")) {
                    if (word.startsWith("|") || word.endsWith("|") || word.contains("||")) {
                        report("/subject/" + language + "/" + i, "subject word '" + word
                                + "' has an empty alternative: write alternatives as a|b|c, without spaces");
                    }
                }
            }
        });
    }

    private List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        JsonNode node = at("/sources");
        if (node == null) {
            return sources;
        }
        if (!node.isArray() || node.isEmpty()) {
            report("/sources", "expected a list of sources, found " + describe(node));
            return sources;
        }
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/sources/" + i;
            JsonNode source = node.get(i);
            if (!source.isObject()) {
                report(pointer, "expected a source (title, url, publisher, lang, stance), found " + describe(source));
                continue;
            }
            source.fieldNames().forEachRemaining(name -> {
                if (!SOURCE_FIELDS.contains(name)) {
                    report(pointer + "/" + name, "unknown source field '" + name + "'");
                }
            });
            String title = requiredText(pointer, "title");
            String url = requiredText(pointer, "url");
            if (url != null && !HTTP_URL.matcher(url).matches()) {
                report(pointer + "/url", "source url '" + url + "' is not an http(s) URL");
            } else if (url != null && url.length() > MAX_URL_LENGTH) {
                report(pointer + "/url", "source url has " + url.length() + " characters; at most " + MAX_URL_LENGTH);
            }
            String stanceText = requiredText(pointer, "stance");
            Stance stance = stanceText == null ? null : Stance.fromId(stanceText).orElse(null);
            if (stanceText != null && stance == null) {
                report(pointer + "/stance", "stance '" + stanceText + "' is not one of: supports, counters, context");
            }
            String lang = requiredText(pointer, "lang");
            String publisher = requiredText(pointer, "publisher");
            if (url != null && HTTP_URL.matcher(url).matches()) {
                checkHost(pointer + "/url", url);
            }
            String date = source.has("date") ? text(pointer + "/date") : "";
            LocalDate checked = at(pointer + "/checked") == null ? null : date(pointer + "/checked");
            if (at(pointer + "/checked") == null) {
                report(pointer, "source has no checked date (when it was last found at its url, like 2026-12-03)");
            }
            sources.add(new Source(title, url, publisher, date == null ? "" : date, lang, stance,
                    checked == null ? "" : checked.toString()));
        }
        return sources;
    }

    /** {@code claimant: "popular belief"}, or {@code claimant: {name: ..., type: person|organization, url: ...}}. */
    private Claimant claimant() {
        JsonNode node = at("/claimant");
        if (node == null) {
            return Claimant.NONE;
        }
        if (node.isTextual()) {
            return Claimant.described(node.asText().strip());
        }
        if (!node.isObject()) {
            report("/claimant", "expected who makes the claim: a description, or {name, type, url}, found " + describe(node));
            return Claimant.NONE;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!Set.of("name", "type", "url").contains(name)) {
                report("/claimant/" + name, "unknown claimant field '" + name + "' (name, type, url)");
            }
        });
        String name = at("/claimant/name") == null ? null : text("/claimant/name");
        if (name == null) {
            report("/claimant", "claimant has no name");
        }
        String typeText = at("/claimant/type") == null ? "" : String.valueOf(text("/claimant/type"));
        Claimant.Type type = switch (typeText) {
            case "person" -> Claimant.Type.PERSON;
            case "organization" -> Claimant.Type.ORGANIZATION;
            default -> {
                report("/claimant/type", "claimant type '" + typeText + "' is not one of: person, organization");
                yield Claimant.Type.DESCRIPTION;
            }
        };
        String url = at("/claimant/url") == null ? "" : String.valueOf(text("/claimant/url"));
        if (!url.isEmpty() && !HTTP_URL.matcher(url).matches()) {
            report("/claimant/url", "claimant url '" + url + "' is not an http(s) URL");
        }
        return new Claimant(name == null ? "" : name, type, url);
    }

    /** The short forms, one for each language whose claim is longer than ClaimReview's texts should be. */
    private Map<String, String> shortText(Map<String, String> text) {
        Map<String, String> shortText = at("/short") == null ? Map.of() : languageTexts("/short", MAX_SHORT_LENGTH);
        text.forEach((language, claim) -> {
            if (claim.length() > MAX_SHORT_LENGTH && !shortText.containsKey(language)) {
                report("/claim/" + language, "claim in '" + language + "' has " + claim.length() + " characters: add a "
                        + "`short:` form of at most " + MAX_SHORT_LENGTH + " for ClaimReview and link previews");
            }
        });
        return shortText;
    }

    /** {@code appearance: {name: ..., url: ..., date: ...}}: where the claim was made. */
    private java.util.Optional<Appearance> appearance() {
        JsonNode node = at("/appearance");
        if (node == null) {
            return java.util.Optional.empty();
        }
        if (!node.isObject() || !node.has("name")) {
            report("/appearance", "expected where the claim was made: {name, url, date}, found " + describe(node));
            return java.util.Optional.empty();
        }
        String url = node.has("url") ? String.valueOf(text("/appearance/url")) : "";
        if (!url.isEmpty() && !HTTP_URL.matcher(url).matches()) {
            report("/appearance/url", "appearance url '" + url + "' is not an http(s) URL");
        }
        LocalDate date = node.has("date") ? date("/appearance/date") : null;
        return java.util.Optional.of(new Appearance(String.valueOf(text("/appearance/name")), url,
                date == null ? "" : date.toString()));
    }

    /** A host readers are meant to visit: no staging, development, test, internal or mirror copy, no trailing dot. */
    private void checkHost(String pointer, String url) {
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            report(pointer, "source url '" + url + "' is not a valid address");
            return;
        }
        if (host == null) {
            report(pointer, "source url '" + url + "' has no host");
        } else if (host.endsWith(".")) {
            report(pointer, "source host '" + host + "' ends with a dot: write it without");
        } else {
            for (String word : host.toLowerCase(java.util.Locale.ROOT).split("[.-]")) {
                if (NON_PUBLIC_HOST_WORDS.contains(word)) {
                    report(pointer, "source host '" + host + "' looks like a " + word
                            + " copy, not the page readers should see: cite the public address");
                    return;
                }
            }
        }
    }

    /** At least two sources, and a countering one where the verdict says the claim is wrong in part or whole. */
    private void checkSources(Verdict verdict, List<Source> sources) {
        if (at("/sources") == null || !at("/sources").isArray() || at("/sources").isEmpty()) {
            return; // already reported
        }
        if (at("/sources").size() < MIN_SOURCES) {
            report("/sources", "a claim needs at least " + MIN_SOURCES + " sources, found " + at("/sources").size());
        }
        if (verdict != null && NEED_COUNTERING.contains(verdict)
                && sources.stream().noneMatch(s -> s.stance() == Stance.COUNTERS)) {
            report("/sources", "verdict '" + verdict.id() + "' needs a source that counters the claim (stance: counters)");
        }
    }

    /**
     * The shared facts ({@code facts: {kazakhs-share-1926: "57.1%"}}): each value must be written in the English
     * summary, so that the tag stays tied to what the claim says.
     */
    private Map<String, String> facts(Map<String, String> summary) {
        JsonNode node = at("/facts");
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        if (node == null) {
            return facts;
        }
        if (!node.isObject()) {
            report("/facts", "expected shared facts as {fact-id: \"value\", ...}, found " + describe(node));
            return facts;
        }
        node.fieldNames().forEachRemaining(name -> {
            String value = text("/facts/" + name);
            if (value == null) {
                return;
            }
            String english = summary.get("en");
            if (english != null && !english.contains(value)) {
                report("/facts/" + name, "fact '" + name + "' is '" + value + "', which the English summary does not say");
            }
            facts.put(name, value);
        });
        return facts;
    }

    private String requiredText(String pointer, String field) {
        if (at(pointer + "/" + field) == null) {
            report(pointer, "source has no " + field);
            return null;
        }
        String value = text(pointer + "/" + field);
        if (value != null && !field.equals("url") && value.length() > MAX_SOURCE_TEXT_LENGTH) {
            report(pointer + "/" + field, "source " + field + " has " + value.length() + " characters; at most "
                    + MAX_SOURCE_TEXT_LENGTH);
            return null;
        }
        return value;
    }

    private LocalDate date(String pointer) {
        String value = text(pointer);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            report(pointer, "'" + value + "' is not a date like 2026-11-28");
            return null;
        }
    }

    private List<String> texts(String pointer) {
        JsonNode node = at(pointer);
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (!node.isArray()) {
            report(pointer, "expected a list, found " + describe(node));
            return texts;
        }
        for (int i = 0; i < node.size(); i++) {
            String value = text(pointer + "/" + i);
            if (value != null) {
                texts.add(value.strip());
            }
        }
        return texts;
    }

    /** The non-blank text at {@code pointer}; null (reported if present but not text) otherwise. */
    private String text(String pointer) {
        JsonNode node = at(pointer);
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            report(pointer, field(pointer) + ": expected text, found " + describe(node));
            return null;
        }
        return node.asText();
    }

    private JsonNode at(String pointer) {
        JsonNode node = doc.root().at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node;
    }

    private void report(String pointer, String message) {
        problems.add(problem(pointer, message));
    }

    private static String field(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.asText().isBlank() ? "empty text" : "'" + node.asText() + "'";
    }
}
