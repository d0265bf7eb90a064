package org.tarikh.bot;

/**
 * An inline button: the label shown and either the callback data (at most 64 bytes) sent back when tapped, or a
 * URL it opens (a deep link into the private chat).
 */
public record Button(String label, String data, String url) {

    public Button(String label, String data) {
        this(label, data, null);
    }

    static Button link(String label, String url) {
        return new Button(label, null, url);
    }
}
