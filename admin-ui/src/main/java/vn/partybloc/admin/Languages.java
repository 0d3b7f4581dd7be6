package vn.partybloc.admin;

import java.util.List;
import java.util.Locale;

/** The console's languages: Vietnamese, and English for a browser that prefers it (as Qute picks the page's). */
final class Languages {

    private static final List<Locale> SPOKEN = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private Languages() {}

    /** The language of the page for a request's {@code Accept-Language}: {@code vi} unless English comes first. */
    static String of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "vi";
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return chosen == null ? "vi" : chosen.getLanguage();
        } catch (IllegalArgumentException malformed) {
            return "vi";
        }
    }
}
