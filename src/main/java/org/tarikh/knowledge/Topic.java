package org.tarikh.knowledge;

import java.util.Map;

/** A group of claims, with its name per language. */
public record Topic(String id, Map<String, String> names) {

    public Topic {
        names = Map.copyOf(names);
    }

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", id));
    }
}
