package org.tarikh.knowledge;

/**
 * Who makes a claim. Either an author ClaimReview can name — a person or an organisation, with a page about them
 * where one is known — or only a description ("popular belief"), which is shown to readers but names no author.
 */
public record Claimant(String name, Type type, String url) {
    public static final Claimant NONE = new Claimant("", Type.DESCRIPTION, "");

    public enum Type { PERSON, ORGANIZATION, DESCRIPTION }

    public static Claimant described(String description) {
        return new Claimant(description, Type.DESCRIPTION, "");
    }

    /** Whether ClaimReview can name it as the claim's author. */
    public boolean isAuthor() {
        return type != Type.DESCRIPTION && !name.isBlank();
    }
}
