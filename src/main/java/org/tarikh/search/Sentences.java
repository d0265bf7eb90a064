package org.tarikh.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences with ICU's segmenter, taught the abbreviations of English and Russian texts
 * ("Art.", "No.", "ст.", "г.", "т.е.") and initials ("I.A. Masaliev"), and each sentence into clauses at its
 * commas, semicolons, colons, dashes and brackets. A line break ends a sentence unless the line plainly runs on
 * (no closing punctuation, and the next line begins in lower case), so headings and list items stand alone while
 * hard-wrapped text is read whole.
 */
final class Sentences {
    /** Words after which ICU's break is taken back: the sentence runs on ("Art. 174", "в 1991 г. Назарбаев"). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Gov.",
            "Pres.", "Rep.", "Sen.", "Rev.", "Art.", "art.", "Arts.", "No.", "no.", "Nos.", "Vol.", "vol.", "Ch.",
            "ch.", "Fig.", "p.", "pp.", "cf.", "e.g.", "i.e.", "vs.", "approx.", "ca.", "c.", "Inc.", "Ltd.", "Co.",
            "Corp.", "U.S.", "U.K.", "U.N.", "E.U.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
            "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "est.", "b.", "d.",
            "г.", "гг.", "Г.", "ст.", "Ст.", "ч.", "п.", "пп.", "т.", "тт.", "т.е.", "т.д.", "т.п.", "т.к.", "т.н.",
            "т.ч.", "др.", "пр.", "им.", "ул.", "пл.", "д.", "кв.", "обл.", "в.", "вв.", "тыс.", "млн.", "млрд.",
            "руб.", "долл.", "см.", "См.", "рис.", "стр.", "изд.", "ред.", "проф.", "акад.", "ген.", "гл.", "зам.",
            "пред.", "напр.", "прим.", "н.э.", "ок.", "янв.", "февр.", "сент.", "окт.", "нояб.", "дек.", "тел.");
    /** Initials: "A.", "I.A.", "Н.А.". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
    /** Commas and colons inside numbers (100,000; 10:30) break no clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?<!\\d)[,:]|[,:](?!\\d)|[;()\\[\\]]|\\s[—–-]\\s|—");

    /** A span of the text: characters {@code start} (inclusive) to {@code end} (exclusive). */
    record Span(int start, int end) {
    }

    /** A sentence, the paragraph it belongs to (0, 1, ...), and its clauses, in order. */
    record Sentence(int start, int end, int paragraph, List<Span> clauses) {
    }

    private final BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.ROOT);

    List<Sentence> split(String text) {
        char[] joined = text.toCharArray();
        int[] paragraphOf = paragraphs(text, joined);
        breaks.setText(new String(joined));
        List<Sentence> sentences = new ArrayList<>();
        int start = breaks.first();
        int pending = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int from = pending >= 0 ? pending : start;
            if (endsWithAbbreviation(text.substring(from, end).strip()) && end < text.length()
                    && paragraphOf[end] == paragraphOf[from]) {
                pending = from;
                continue;
            }
            pending = -1;
            add(text, from, end, paragraphOf, sentences);
        }
        if (pending >= 0) {
            add(text, pending, text.length(), paragraphOf, sentences);
        }
        return sentences;
    }

    /** Whether the last word is an abbreviation or initials, as a whole word. */
    private static boolean endsWithAbbreviation(String piece) {
        int space = piece.length() - 1;
        while (space >= 0 && !Character.isWhitespace(piece.charAt(space)) && piece.charAt(space) != '(') {
            space--;
        }
        String last = piece.substring(space + 1);
        return ABBREVIATIONS.contains(last) || INITIALS.matcher(last).matches();
    }

    private static void add(String text, int from, int to, int[] paragraphOf, List<Sentence> sentences) {
        Span span = trim(text, from, to);
        if (span != null) {
            sentences.add(new Sentence(span.start(), span.end(), paragraphOf[span.start()], clauses(text, span)));
        }
    }

    /**
     * The paragraph number of every character. A blank line, or a line break after closing punctuation or before
     * a capital, a digit or a list mark, starts a new paragraph; any other line break is a soft wrap, replaced by a
     * space in {@code joined} so that the segmenter reads on.
     */
    private static int[] paragraphs(String text, char[] joined) {
        int[] paragraphOf = new int[text.length() + 1];
        int paragraph = 0;
        for (int i = 0; i < text.length(); i++) {
            paragraphOf[i] = paragraph;
            if (text.charAt(i) != '\n') {
                continue;
            }
            if (runsOn(text, i)) {
                joined[i] = ' ';
            } else {
                paragraph++;
            }
        }
        paragraphOf[text.length()] = paragraph;
        return paragraphOf;
    }

    private static boolean runsOn(String text, int newline) {
        int before = newline - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\r' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = newline + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= text.length()) {
            return false;
        }
        char last = text.charAt(before);
        char next = text.charAt(after);
        return Character.isLetterOrDigit(last) || last == ',' ? Character.isLowerCase(next) : false;
    }

    private static List<Span> clauses(String text, Span sentence) {
        List<Span> clauses = new ArrayList<>();
        var matcher = CLAUSE_BREAK.matcher(text).region(sentence.start(), sentence.end());
        int from = sentence.start();
        while (matcher.find()) {
            Span clause = trim(text, from, matcher.start());
            if (clause != null) {
                clauses.add(clause);
            }
            from = matcher.end();
        }
        Span last = trim(text, from, sentence.end());
        if (last != null) {
            clauses.add(last);
        }
        return clauses;
    }

    /** The span without surrounding white space; null when nothing but space and punctuation is in it. */
    private static Span trim(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return new Span(from, to);
            }
        }
        return null;
    }
}
