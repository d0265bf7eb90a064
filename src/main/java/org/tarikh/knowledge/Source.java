package org.tarikh.knowledge;

/** A published source a claim's verdict rests on. {@code date} and {@code publisher} may be empty. */
public record Source(String title, String url, String publisher, String date, String lang, Stance stance,
        String checked) {

    /** The short name shown in an answer: the publisher if known, else the title. */
    public String label() {
        return publisher.isBlank() ? title : publisher;
    }
}
