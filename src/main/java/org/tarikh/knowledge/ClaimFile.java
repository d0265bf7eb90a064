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
    private static final Set<String> OPTIONAL = Set.of("claimant", "keywords", "related", ClaimDrafts.REVIEW_FIELD);
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "url", "publisher", "date", "lang", "stance");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");

    private final Path file;
    private final YamlDocument doc;
    private final List<Problem> problems;
    private final int problemsBefore;
    private String id;
    private List<String> related = List.of();
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
        LocalDate reviewed = date("/reviewed");
        String claimant = root.has("claimant") ? text("/claimant") : "";
        if (root.has(ClaimDrafts.REVIEW_FIELD)) {
            report("/" + ClaimDrafts.REVIEW_FIELD, "draft not yet signed off (" + text("/" + ClaimDrafts.REVIEW_FIELD)
                    + "): check every fact and source, then delete the `" + ClaimDrafts.REVIEW_FIELD + "` line");
        }

        if (problems.size() > problemsBefore) {
            return null;
        }
        return new Claim(id, topic, text, subject, claimant == null ? "" : claimant, verdict, summary, questions,
                keywords, sources, related, reviewed);
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
            if (!LANGUAGE.matcher(language).matches()) {
                report(child, "'" + language + "' is not a language code (en, ru, kk, ...)");
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
            if (!LANGUAGE.matcher(language).matches()) {
                report(pointer + "/" + language, "'" + language + "' is not a language code (en, ru, kk, ...)");
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
            String date = source.has("date") ? text(pointer + "/date") : "";
            sources.add(new Source(title, url, publisher, date == null ? "" : date, lang, stance));
        }
        return sources;
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
