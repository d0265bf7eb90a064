package org.tarikh.site;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.ClaimReviews;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.Source;
import org.tarikh.knowledge.Topic;

/**
 * The knowledge as a static website ({@code tarikh site}): per language a home page listing every claim with a
 * search over them, a page per topic and a page per claim carrying its ClaimReview JSON-LD; a root page choosing
 * the language, a sitemap, one stylesheet and one small script, nothing loaded from elsewhere. Every page is
 * well-formed XML as well as HTML, so that any XML parser can check it.
 */
public final class Site {
    /** The languages of the site's pages: those the bot's interface speaks. */
    static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz");

    /** Each language's name in itself, for the links between them. */
    private static final Map<String, String> NAMES =
            Map.of("en", "English", "ru", "Русский", "kk", "Қазақша", "uz", "Oʻzbekcha");

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("site", "Tarikh: checked claims on the history of Central Asia"),
                    Map.entry("home", "All claims"), Map.entry("topics", "Topics"),
                    Map.entry("search", "Search the claims"),
                    Map.entry("search.status", "%d claims shown"),
                    Map.entry("intro", "Each claim below was checked against sources on both sides, by the maintainers "
                            + "of the Tarikh bot. Type a few words to find one."),
                    Map.entry("verdict", "Verdict"), Map.entry("facts", "What the record shows"),
                    Map.entry("sources", "Sources"), Map.entry("related", "Related claims"),
                    Map.entry("claimant", "Who makes this claim"), Map.entry("reviewed", "Reviewed on"),
                    Map.entry("telegram", "Check it in Telegram"),
                    Map.entry("stance.supports", "supports the claim"), Map.entry("stance.counters", "counters the claim"),
                    Map.entry("stance.context", "context"),
                    Map.entry("choose", "Choose a language")),
            "ru", Map.ofEntries(
                    Map.entry("site", "Тарих: проверенные утверждения об истории Центральной Азии"),
                    Map.entry("home", "Все утверждения"), Map.entry("topics", "Темы"),
                    Map.entry("search", "Поиск по утверждениям"),
                    Map.entry("search.status", "Показано утверждений: %d"),
                    Map.entry("intro", "Каждое утверждение ниже проверено по источникам с обеих сторон авторами бота "
                            + "«Тарих». Введите несколько слов, чтобы найти нужное."),
                    Map.entry("verdict", "Вердикт"), Map.entry("facts", "Что говорят источники"),
                    Map.entry("sources", "Источники"), Map.entry("related", "Связанные утверждения"),
                    Map.entry("claimant", "Кто это утверждает"), Map.entry("reviewed", "Проверено"),
                    Map.entry("telegram", "Проверить в Telegram"),
                    Map.entry("stance.supports", "подтверждает"), Map.entry("stance.counters", "опровергает"),
                    Map.entry("stance.context", "контекст"),
                    Map.entry("choose", "Выберите язык")),
            // Kazakh and Uzbek labels: written by the maintainers with AI help, not yet read by a native speaker.
            "kk", Map.ofEntries(
                    Map.entry("site", "Тарих: Орталық Азия тарихы туралы тексерілген тұжырымдар"),
                    Map.entry("home", "Барлық тұжырымдар"), Map.entry("topics", "Тақырыптар"),
                    Map.entry("search", "Тұжырымдарды іздеу"),
                    Map.entry("search.status", "Көрсетілген тұжырымдар: %d"),
                    Map.entry("intro", "Төмендегі әр тұжырым екі жақтың да дереккөздері бойынша тексерілген. "
                            + "Керегін табу үшін бірнеше сөз жазыңыз."),
                    Map.entry("verdict", "Қорытынды"), Map.entry("facts", "Дереккөздер не дейді"),
                    Map.entry("sources", "Дереккөздер"), Map.entry("related", "Қатысты тұжырымдар"),
                    Map.entry("claimant", "Бұл тұжырымды кім айтады"), Map.entry("reviewed", "Тексерілген күні"),
                    Map.entry("telegram", "Telegram-да тексеру"),
                    Map.entry("stance.supports", "растайды"), Map.entry("stance.counters", "теріске шығарады"),
                    Map.entry("stance.context", "контекст"), Map.entry("choose", "Тілді таңдаңыз")),
            "uz", Map.ofEntries(
                    Map.entry("site", "Tarix: Markaziy Osiyo tarixi haqidagi tekshirilgan daʼvolar"),
                    Map.entry("home", "Barcha daʼvolar"), Map.entry("topics", "Mavzular"),
                    Map.entry("search", "Daʼvolarni qidirish"),
                    Map.entry("search.status", "Koʻrsatilgan daʼvolar: %d"),
                    Map.entry("intro", "Quyidagi har bir daʼvo ikki tomon manbalari boʻyicha tekshirilgan. "
                            + "Keraklisini topish uchun bir necha soʻz yozing."),
                    Map.entry("verdict", "Xulosa"), Map.entry("facts", "Manbalar nima deydi"),
                    Map.entry("sources", "Manbalar"), Map.entry("related", "Bogʻliq daʼvolar"),
                    Map.entry("claimant", "Bu daʼvoni kim aytadi"), Map.entry("reviewed", "Tekshirilgan sana"),
                    Map.entry("telegram", "Telegramda tekshirish"),
                    Map.entry("stance.supports", "tasdiqlaydi"), Map.entry("stance.counters", "rad etadi"),
                    Map.entry("stance.context", "kontekst"), Map.entry("choose", "Tilni tanlang")));

    /** JSON-LD inside a page: {@code <}, {@code >} and {@code &} escaped, so the page stays well-formed. */
    private static final ObjectMapper JSON_LD = new ObjectMapper();

    static {
        JSON_LD.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private final int[] escapes = standardAsciiEscapesForJSON();

            {
                escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
                escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
                escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });
    }

    /** What a build wrote: pages, all files, and their bytes together. */
    public record Report(int pages, int files, long bytes) {
    }

    private final KnowledgeBase knowledge;
    private final ClaimReviews.Publisher publisher;
    private final String botUsername;
    private final List<String> written = new ArrayList<>();
    private long bytes;
    private int pages;

    /**
     * @param publisher   who publishes the reviews; its {@code siteUrl} is where the site will be served
     * @param botUsername the bot's Telegram username, for the "check it in Telegram" deep links
     */
    public Site(KnowledgeBase knowledge, ClaimReviews.Publisher publisher, String botUsername) {
        this.knowledge = knowledge;
        this.publisher = publisher;
        this.botUsername = botUsername;
    }

    /** Writes the whole site under {@code out}. */
    public Report write(Path out) throws IOException {
        Files.createDirectories(out);
        copyResource("style.css", out.resolve("style.css"));
        copyResource("search.js", out.resolve("search.js"));
        page(out, "index.html", languageChoice());
        for (String language : LANGUAGES) {
            page(out, language + "/index.html", home(language));
            for (Topic topic : knowledge.topics()) {
                if (!knowledge.claimsOf(topic.id()).isEmpty()) {
                    page(out, language + "/topics/" + topic.id() + ".html", topicPage(language, topic));
                }
            }
            for (Claim claim : claims(language)) {
                page(out, ClaimReviews.pagePath(claim.id(), language), claimPage(language, claim));
            }
        }
        write(out.resolve("sitemap.xml"), sitemap());
        return new Report(pages, written.size(), bytes);
    }

    /** The claims with a page in {@code language}: every claim in English, those with their own texts otherwise. */
    private List<Claim> claims(String language) {
        return knowledge.claims().stream().filter(c -> ClaimReviews.languages(c).contains(language)).toList();
    }

    private String languageChoice() {
        StringBuilder body = new StringBuilder("<main>\n<h1>Tarikh</h1>\n<ul>\n");
        for (String language : LANGUAGES) {
            body.append("<li lang=\"").append(language).append("\"><a href=\"").append(language).append("/index.html\">")
                    .append(Html.escape(text(language, "site"))).append("</a> (").append(Html.escape(text(language, "choose")))
                    .append(")</li>\n");
        }
        body.append("</ul>\n</main>\n");
        return document("en", "Tarikh", "", body.toString(), "");
    }

    private String home(String language) {
        StringBuilder body = new StringBuilder();
        body.append(header(language, "../", "index.html"));
        body.append("<main>\n<h1>").append(Html.escape(text(language, "site"))).append("</h1>\n<p>")
                .append(Html.escape(text(language, "intro"))).append("</p>\n");
        body.append("<form role=\"search\" onsubmit=\"return false\">\n<label for=\"search\">")
                .append(Html.escape(text(language, "search"))).append("</label>\n")
                .append("<input type=\"search\" id=\"search\" name=\"q\" autocomplete=\"off\" />\n</form>\n")
                .append("<p id=\"search-status\" class=\"meta\" role=\"status\" aria-live=\"polite\" data-template=\"")
                .append(Html.escape(text(language, "search.status"))).append("\"></p>\n");
        body.append("<ul class=\"claims\">\n");
        for (Claim claim : knowledge.claims()) {
            body.append(claimItem(language, claim, "", true));
        }
        body.append("</ul>\n<h2>").append(Html.escape(text(language, "topics"))).append("</h2>\n<ul>\n");
        for (Topic topic : knowledge.topics()) {
            if (!knowledge.claimsOf(topic.id()).isEmpty()) {
                body.append("<li><a href=\"topics/").append(topic.id()).append(".html\">")
                        .append(Html.escape(topic.name(language))).append("</a></li>\n");
            }
        }
        body.append("</ul>\n</main>\n");
        return document(language, text(language, "site"), "../", body.toString(),
                "<script src=\"../search.js\"></script>\n");
    }

    private String topicPage(String language, Topic topic) {
        StringBuilder body = new StringBuilder(header(language, "../../", "topics/" + topic.id() + ".html"));
        body.append("<main>\n<h1>").append(Html.escape(topic.name(language))).append("</h1>\n<ul class=\"claims\">\n");
        for (Claim claim : knowledge.claimsOf(topic.id())) {
            body.append(claimItem(language, claim, "../", false));
        }
        body.append("</ul>\n</main>\n");
        return document(language, topic.name(language) + " · Tarikh", "../../", body.toString(), "");
    }

    /** A claim in a list; {@code up} leads from the listing page to the language's folder. */
    private String claimItem(String language, Claim claim, String up, boolean searchable) {
        StringBuilder item = new StringBuilder("<li");
        if (searchable) {
            item.append(" data-words=\"").append(Html.escape(String.join(" ", claim.keywords()))).append('"');
        }
        // A claim not yet written in this language links to its page in the language its readers fall back to.
        String shown = claim.languageFor(language);
        String page = (shown.equals(language) ? "" : "../" + shown + "/") + "claims/" + claim.id() + ".html";
        item.append(shown.equals(language) ? "" : " lang=\"" + shown + "\"").append("><a href=\"").append(up)
                .append(page).append("\">").append(Html.escape(claim.textIn(language)))
                .append("</a> — <span class=\"verdict-name\" lang=\"").append(language).append("\">")
                .append(Html.escape(Messages.verdict(language, claim.verdict()))).append("</span></li>\n");
        return item.toString();
    }

    private String claimPage(String language, Claim claim) {
        StringBuilder body = new StringBuilder(header(language, "../../", "claims/" + claim.id() + ".html"));
        body.append("<main>\n<article>\n<h1>").append(Html.escape(claim.textIn(language))).append("</h1>\n");
        body.append("<p><span class=\"meta\">").append(Html.escape(text(language, "verdict"))).append(": </span>")
                .append("<span class=\"verdict verdict-").append(claim.verdict().id()).append("\">")
                .append(Html.escape(Messages.verdict(language, claim.verdict()))).append("</span></p>\n");
        if (!claim.claimant().name().isBlank()) {
            body.append("<p class=\"meta\">").append(Html.escape(text(language, "claimant"))).append(": ");
            if (claim.claimant().url().isEmpty()) {
                body.append(Html.escape(claim.claimant().name()));
            } else {
                body.append("<a href=\"").append(Html.escape(claim.claimant().url())).append("\">")
                        .append(Html.escape(claim.claimant().name())).append("</a>");
            }
            body.append("</p>\n");
        }
        body.append("<h2>").append(Html.escape(text(language, "facts"))).append("</h2>\n<p>")
                .append(Html.escape(claim.summaryIn(language))).append("</p>\n");
        body.append("<h2>").append(Html.escape(text(language, "sources"))).append("</h2>\n<ol>\n");
        for (Source source : claim.sources()) {
            body.append("<li lang=\"").append(Html.escape(source.lang())).append("\"><a href=\"").append(Html.escape(source.url()))
                    .append("\">").append(Html.escape(source.title())).append("</a>, ").append(Html.escape(source.publisher()));
            if (!source.date().isBlank()) {
                body.append(", ").append(Html.escape(source.date()));
            }
            body.append(" <span class=\"stance\" lang=\"").append(language).append("\">")
                    .append(Html.escape(text(language, "stance." + source.stance().id()))).append("</span></li>\n");
        }
        body.append("</ol>\n");
        List<Claim> related = claim.related().stream().map(knowledge::claim).flatMap(java.util.Optional::stream)
                .filter(c -> ClaimReviews.languages(c).contains(language)).toList();
        if (!related.isEmpty()) {
            body.append("<h2>").append(Html.escape(text(language, "related"))).append("</h2>\n<ul>\n");
            for (Claim other : related) {
                body.append("<li><a href=\"").append(other.id()).append(".html\">").append(Html.escape(other.textIn(language)))
                        .append("</a></li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("<p class=\"meta\">").append(Html.escape(text(language, "reviewed"))).append(" <time datetime=\"")
                .append(claim.reviewed()).append("\">").append(claim.reviewed()).append("</time></p>\n");
        body.append("<p><a class=\"telegram\" href=\"https://t.me/").append(Html.escape(botUsername)).append("?start=")
                .append(claim.id()).append("\">").append(Html.escape(text(language, "telegram"))).append("</a></p>\n");
        body.append("</article>\n</main>\n");
        ObjectNode review = ClaimReviews.toClaimReview(claim, language, Messages.verdict(language, claim.verdict()),
                publisher);
        String jsonLd;
        try {
            jsonLd = JSON_LD.writerWithDefaultPrettyPrinter().writeValueAsString(review);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String head = "<meta name=\"description\" content=\"" + Html.escape(claim.shortTextIn(language)) + "\" />\n"
                + "<link rel=\"canonical\" href=\"" + Html.escape(ClaimReviews.pageUrl(publisher.siteUrl(), claim.id(), language))
                + "\" />\n<script type=\"application/ld+json\">\n" + jsonLd + "\n</script>\n";
        return document(language, claim.shortTextIn(language) + " · Tarikh", "../../", body.toString(), "", head);
    }

    /**
     * The links at the top of every page of a language: home, and the same page in each other language (its home
     * when the claim is not written in it); {@code here} is the page's path within the language.
     */
    private String header(String language, String root, String here) {
        String up = root.equals("../") ? "" : "../";
        StringBuilder nav = new StringBuilder("<header>\n<nav aria-label=\"Tarikh\"><a href=\"" + up + "index.html\">"
                + Html.escape(text(language, "home")) + "</a>");
        for (String other : LANGUAGES) {
            if (other.equals(language)) {
                continue;
            }
            boolean missing = here.startsWith("claims/") && knowledge.claim(here.substring(7, here.length() - 5))
                    .map(c -> !ClaimReviews.languages(c).contains(other)).orElse(false);
            nav.append("<a href=\"").append(root).append(other).append('/').append(missing ? "index.html" : here)
                    .append("\" lang=\"").append(other).append("\" hreflang=\"").append(other).append("\">")
                    .append(Html.escape(NAMES.get(other))).append("</a>");
        }
        return nav.append("</nav>\n</header>\n").toString();
    }

    private String document(String language, String title, String root, String body, String scripts) {
        return document(language, title, root, body, scripts, "");
    }

    private String document(String language, String title, String root, String body, String scripts, String head) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                + "<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                + "<title>" + Html.escape(title) + "</title>\n<link rel=\"stylesheet\" href=\"" + root + "style.css\" />\n"
                + head + "</head>\n<body>\n" + body + "<footer><p class=\"meta\">Tarikh · " + Html.escape(knowledge.version())
                + "</p></footer>\n" + scripts + "</body>\n</html>\n";
    }

    private String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String base = publisher.siteUrl().replaceAll("/+$", "") + "/";
        for (String path : written) {
            if (path.endsWith(".html")) {
                xml.append("  <url><loc>").append(Html.escape(base + path)).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private void page(Path out, String path, String html) throws IOException {
        write(out.resolve(path), html);
        written.add(path);
        pages++;
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        bytes += content.length;
    }

    private void copyResource(String name, Path to) throws IOException {
        try (InputStream in = Site.class.getResourceAsStream("/site/" + name)) {
            byte[] content = in.readAllBytes();
            Files.write(to, content);
            bytes += content.length;
            written.add(name);
        }
    }

    private static String text(String language, String key) {
        return TEXTS.getOrDefault(language, TEXTS.get("en")).get(key);
    }
}
