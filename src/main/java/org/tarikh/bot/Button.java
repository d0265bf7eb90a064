package org.tarikh.bot;

/** An inline button: the label shown and the callback data (at most 64 bytes) sent back when tapped. */
public record Button(String label, String data) {
}
