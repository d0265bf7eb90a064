package org.tarikh.search;

import java.util.List;

/**
 * What the matcher measures of one claim against one stretch of text; the {@link Calibration} turns it into a
 * confidence. Every share is of the weight of the stretch's content words (a rare word, a name or a number weighs
 * more than a common word; see {@link Matcher}).
 *
 * @param coverage     the share of the words the claim's texts contain (partly for a word only its summary has,
 *                     or only a word of the same beginning)
 * @param subjectShare the share of the words that name the claim's subject
 * @param support      the weight of the words the claim covers beyond its subject, on a log scale: what the
 *                     stretch says about the subject, not just that it names it
 * @param unknownShare the share of the words the whole knowledge never uses
 * @param nameMiss     the share of the names and numbers the claim does not contain
 * @param margin       how far the claim's score is ahead of the next claim named in the same stretch
 * @param otherCountry whether the stretch names a country the claim's own words never name
 * @param otherYearNearby whether the stretch names no year but its paragraph does, and none of the claim's
 * @param otherYearToo whether the stretch names a year the claim is not about beside one it is
 * @param fromContext  whether the stretch itself does not name the subject, an earlier sentence of its paragraph did
 * @param typo         whether the subject was named only with a typo forgiven
 * @param byDetail     whether the subject was named only by a name and a detail of the claim's own, not by an
 *                     entry a maintainer wrote
 * @param asksElsewhere whether the stretch has a word that asks what no claim decides (a
 *                     birthday, a grave, opening hours, today: {@code elsewhere} in the glossary) and the claim's
 *                     texts do not use
 * @param length       the number of content words, on a log scale
 * @param inText       whether the stretch is part of a longer text rather than a whole question
 * @param rank         what ranks claims and stretches before the confidence is known: the weight the claim covers
 *                     less half the weight it does not, so that a stretch grows while it gains more than it loses
 */
public record Features(double coverage, double subjectShare, double support, double unknownShare, double nameMiss,
        double margin, boolean otherCountry, boolean otherYearNearby, boolean otherYearToo, boolean fromContext,
        boolean typo, boolean byDetail, boolean asksElsewhere, double length, boolean inText, double rank) {

    /** The names of {@link #vector()}'s values, as {@code calibration.yaml} writes them. */
    public static final List<String> NAMES = List.of("coverage", "subject-share", "support", "unknown-share",
            "name-miss", "margin", "other-country", "other-year-nearby", "other-year-too", "from-context", "typo", "by-detail",
            "asks-elsewhere", "length", "in-text");

    double[] vector() {
        return new double[] {coverage, subjectShare, support, unknownShare, nameMiss, margin, otherCountry ? 1 : 0,
            otherYearNearby ? 1 : 0, otherYearToo ? 1 : 0, fromContext ? 1 : 0, typo ? 1 : 0, byDetail ? 1 : 0, asksElsewhere ? 1 : 0, length, inText ? 1 : 0};
    }

    Features withMargin(double newMargin) {
        return new Features(coverage, subjectShare, support, unknownShare, nameMiss, newMargin, otherCountry,
                otherYearNearby, otherYearToo, fromContext, typo, byDetail, asksElsewhere, length, inText, rank);
    }
}
