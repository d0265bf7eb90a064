package org.tarikh.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Countries, by the beginnings of their names' skeletons in English and Russian (Kazakh, Kazakhstan, Казахстане).
 * A text that names a country a claim's own words never name is about another country: Ukraine's famine is not
 * Kazakhstan's, Moldova's communists are not Kyrgyzstan's.
 */
final class Countries {
    private static final Map<String, List<String>> BEGINNINGS = Map.ofEntries(
            Map.entry("kazakhstan", List.of("kazak", "kasak")),
            Map.entry("kyrgyzstan", List.of("kirgiz", "kirgis", "kirgh")),
            Map.entry("tajikistan", List.of("tajik", "tadjik", "tadzik")),
            Map.entry("uzbekistan", List.of("uzbek", "ozbek")),
            Map.entry("turkmenistan", List.of("turkmen")),
            Map.entry("russia", List.of("russi", "rossi")),
            Map.entry("ukraine", List.of("ukrain")),
            Map.entry("belarus", List.of("belarus", "belorus")),
            Map.entry("moldova", List.of("moldov", "moldav")),
            Map.entry("georgia", List.of("georgi", "gruzi")),
            Map.entry("armenia", List.of("armeni")),
            Map.entry("azerbaijan", List.of("azerbai", "azerbaj")),
            Map.entry("china", List.of("china", "chines", "kitai", "kitaj")),
            Map.entry("usa", List.of("usa", "amerik", "americ", "sha")),
            Map.entry("afghanistan", List.of("afgan", "afghan")),
            Map.entry("mongolia", List.of("mongol")),
            Map.entry("poland", List.of("poland", "polish", "polsh", "polsk")),
            Map.entry("ireland", List.of("irland", "ireland", "irish")),
            Map.entry("india", List.of("india", "indii", "indiis")),
            Map.entry("vietnam", List.of("vietnam", "vetnam")),
            Map.entry("cuba", List.of("cuba", "kuba")),
            Map.entry("germany", List.of("german", "germani"))
    );
    /** Shorter names (США: sha, usa) must match whole words, longer ones begin them. */
    private static final int MIN_BEGINNING = 5;
    private static final Map<String, String> COUNTRY_OF_NAME = new java.util.HashMap<>();
    private static final int LONGEST;

    static {
        int longest = 0;
        for (Map.Entry<String, List<String>> country : BEGINNINGS.entrySet()) {
            for (String name : country.getValue()) {
                COUNTRY_OF_NAME.put(name, country.getKey());
                longest = Math.max(longest, name.length());
            }
        }
        LONGEST = longest;
    }

    private Countries() {
    }

    /** The country a skeleton names, or null. */
    static String of(String skeleton) {
        String whole = COUNTRY_OF_NAME.get(skeleton);
        if (whole != null) {
            return whole;
        }
        for (int length = MIN_BEGINNING; length <= Math.min(LONGEST, skeleton.length() - 1); length++) {
            String country = COUNTRY_OF_NAME.get(skeleton.substring(0, length));
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    static Set<String> named(Set<String> skeletons) {
        Set<String> countries = new HashSet<>();
        for (String skeleton : skeletons) {
            String country = of(skeleton);
            if (country != null) {
                countries.add(country);
            }
        }
        return countries;
    }
}
