package vn.partybloc.platform.web;

import java.util.Arrays;
import java.util.Locale;
import vn.partybloc.kernel.Languages;

/**
 * A text of a problem as a bundle key with its arguments, put into words only when the answer is written, in the
 * language the caller asks for ({@link ProblemMessages}). An argument may itself be a {@code ProblemMessage} (a noun or
 * a phrase to translate); enum arguments are shown with their label in the caller's language.
 */
public record ProblemMessage(String key, Object... args) {

    /**
     * A code held as a string (an organization type a replica keeps, say), shown like an enum constant: with the label
     * {@code enum.<type>.<code>} where the language has one, else as the code.
     */
    public record Code(String type, String code) {}

    public static Code code(String type, String code) {
        return new Code(type, code);
    }

    public String in(Locale locale) {
        return ProblemMessages.text(locale, this);
    }

    /** The English text, for logs and the exception message. */
    @Override
    public String toString() {
        return in(Languages.ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProblemMessage other && key.equals(other.key) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
