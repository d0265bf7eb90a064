package org.tarikh.bot;

import java.util.Optional;

/**
 * The callback data of the bot's buttons: a verb and its arguments, {@code verb:arg[:arg]}, within
 * Telegram's 64 bytes (claim ids are at most 50 characters).
 */
final class Callbacks {
    static final String CLAIM = "c";
    static final String SOURCES = "s";
    static final String RELATED = "r";
    static final String OTHER_LANGUAGE = "a";
    static final String FEEDBACK = "f";
    static final String TOPIC = "t";
    static final String LANGUAGE = "l";
    static final String SETTINGS = "g";
    static final String MORE = "m";
    static final String PAGE = "p";

    /** A tapped button: its verb and arguments; {@code arg(i)} is empty when the data has no such part. */
    record Callback(String verb, String[] args) {
        String arg(int i) {
            return i < args.length ? args[i] : "";
        }
    }

    private Callbacks() {
    }

    static String data(String verb, String... args) {
        return verb + (args.length == 0 ? "" : ":" + String.join(":", args));
    }

    static Optional<Callback> parse(String data) {
        if (data == null || data.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        String[] args = new String[parts.length - 1];
        System.arraycopy(parts, 1, args, 0, args.length);
        return Optional.of(new Callback(parts[0], args));
    }
}
