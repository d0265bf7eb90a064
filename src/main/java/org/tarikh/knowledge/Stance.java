package org.tarikh.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** How a source relates to the claim as people make it. */
public enum Stance {
    SUPPORTS("supports"),
    COUNTERS("counters"),
    CONTEXT("context");

    private final String id;

    Stance(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Stance> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
