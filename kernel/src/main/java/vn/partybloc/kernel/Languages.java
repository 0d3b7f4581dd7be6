package vn.partybloc.kernel;

import java.util.List;
import java.util.Locale;

/** The languages the API answers in, English and Vietnamese, and which one a request asks for. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Languages() {}

    /**
     * The language of the answer: Vietnamese when {@code Accept-Language} prefers it (q-values honoured: the first
     * acceptable range whose language is {@code vi} or {@code en}, or {@code *}), English otherwise.
     */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String language = range.getRange().split("-", 2)[0];
            if (language.equals("vi")) {
                return VIETNAMESE;
            }
            if (language.equals("en") || language.equals("*")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
