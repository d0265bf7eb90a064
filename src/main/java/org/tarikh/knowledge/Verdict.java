package org.tarikh.knowledge;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/** The closed vocabulary of verdicts. The first five map to ClaimReview's 1-5 scale; the rest are off it. */
public enum Verdict {
    ACCURATE("accurate", 5),
    MOSTLY_ACCURATE("mostly-accurate", 4),
    MIXED("mixed", 3),
    MISLEADING("misleading", 2),
    FALSE("false", 1),
    DISPUTED("disputed", 0),
    UNVERIFIABLE("unverifiable", 0),
    OPINION("opinion", 0);

    private final String id;
    private final int rating;

    Verdict(String id, int rating) {
        this.id = id;
        this.rating = rating;
    }

    /** The word used in knowledge files, e.g. {@code mostly-accurate}. */
    public String id() {
        return id;
    }

    /** The ClaimReview rating (1 = false ... 5 = accurate), empty for verdicts off the scale. */
    public OptionalInt rating() {
        return rating == 0 ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    public static Optional<Verdict> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    public static String vocabulary() {
        return String.join(", ", Arrays.stream(values()).map(Verdict::id).toList());
    }
}
