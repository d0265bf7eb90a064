package org.tarikh.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces what people send to the text that is checked: plain text as it is (UTF-8, or the Windows Cyrillic code
 * page when it is not UTF-8), Markdown without its markup, a PDF to its text (Apache PDFBox), and an HTML page to
 * its main text — the {@code <article>} or {@code <main>} when it has one, never its menus, headers, footers,
 * forms or scripts — with one line per paragraph, heading or list item.
 */
public final class Documents {
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "svg", "nav",
            "header", "footer", "aside", "form", "button", "select", "iframe", "figure");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br",
            "tr", "blockquote", "section", "article", "main", "pre", "dd", "dt", "table", "ul", "ol", "hr");

    /** A document's text and, for a web page, its title (else empty). */
    public record Text(String title, String text) {
    }

    /** The endings of the files the bot reads. */
    public static final Set<String> ENDINGS = Set.of("txt", "md", "markdown", "html", "htm", "pdf");

    private Documents() {
    }

    /** The ending of a file's name, lower case, or empty. */
    public static String ending(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether a file of that name is one the bot reads. */
    public static boolean readable(String fileName) {
        return ENDINGS.contains(ending(fileName));
    }

    /** The text of a file's bytes, by its name's ending; empty when a PDF cannot be read. */
    public static Optional<Text> of(String fileName, byte[] bytes) {
        if (ending(fileName).equals("pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return Optional.of(new Text("", tidy(new PDFTextStripper().getText(pdf))));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(of(fileName, decode(bytes)));
    }

    /** UTF-8 when the bytes are UTF-8 (a BOM dropped), else Windows-1251, which old Russian files use. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1251"));
        }
    }

    /** The text of a file by its name's ending: .html/.htm as HTML, .md as Markdown, anything else as plain text. */
    public static Text of(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return fromHtml(content);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return new Text("", fromMarkdown(content));
        }
        return new Text("", content);
    }

    public static Text fromHtml(String html) {
        Document page = Jsoup.parse(html);
        page.select(String.join(",", NOT_TEXT)).remove();
        Element main = page.selectFirst("article");
        if (main == null) {
            main = page.selectFirst("main, [role=main]");
        }
        if (main == null) {
            main = page.body();
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        }, main);
        return new Text(page.title().strip(), tidy(text.toString()));
    }

    /** Markdown without headings' marks, emphasis, links' targets, images, code fences and quote marks. */
    public static String fromMarkdown(String markdown) {
        String text = markdown
                .replaceAll("(?m)^```.*$", "")
                .replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("(?m)^\\s{0,3}#{1,6}\\s*", "")
                .replaceAll("(?m)^\\s{0,3}>\\s?", "")
                .replaceAll("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1", "$2");
        return tidy(text);
    }

    /** One space between words, one line break between paragraphs, no blank lines at the ends. */
    private static String tidy(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{2,}", "\n").strip();
    }
}
