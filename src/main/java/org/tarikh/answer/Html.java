package org.tarikh.answer;

/** Escaping for Telegram's HTML parse mode, which knows only these three entities plus &quot;. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** How many characters a reader sees: the text without its tags, each entity one character. */
    public static int visibleLength(String html) {
        return html.replaceAll("<[^>]+>", "").replaceAll("&(amp|lt|gt|quot);", "_").length();
    }

    /** The reply as a terminal shows it: links as {@code label (url)}, no tags, entities decoded. */
    public static String toPlainText(String html) {
        return html.replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 ($1)")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
