package vn.partybloc.member.domain;

import java.util.Locale;
import vn.partybloc.kernel.Languages;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * A text kept in both of the API's languages: put into words when it is stored, for it is read later by whoever asks,
 * in the language they ask for (an import's row errors and its failure, read by staff in Vietnamese and by HR systems
 * in English, whoever sent the file). A text stored in English only reads as English in both.
 */
public record Bilingual(String english, String vietnamese) {

    public static Bilingual of(ProblemMessage message) {
        return new Bilingual(message.in(Languages.ENGLISH), message.in(Languages.VIETNAMESE));
    }

    /** Each text cut to at most {@code length} characters, ending "..." where it was cut: what a column holds. */
    public Bilingual atMost(int length) {
        return new Bilingual(cut(english, length), cut(vietnamese, length));
    }

    public String in(Locale locale) {
        return Languages.VIETNAMESE.equals(locale) && vietnamese != null ? vietnamese : english;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
