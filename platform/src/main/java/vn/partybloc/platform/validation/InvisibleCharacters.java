package vn.partybloc.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Characters that hide or reorder what a reader sees. In a single line (a name, a code, a title) every invisible
 * formatting character (Unicode category Cf: soft hyphen, zero-width spaces and joiners, the bidirectional marks,
 * embeddings, overrides and isolates, the byte-order mark, the tag characters); in free text only the bidirectional
 * embeddings, overrides and isolates, since emoji are made with joiners.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {}

    /** Whether a single line holds an invisible formatting character. */
    public static boolean inSingleLine(CharSequence text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT);
    }

    /** Whether free text holds a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069). */
    public static boolean inFreeText(CharSequence text) {
        return text.chars().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    /** For {@link PlainText}. */
    public static final class InSingleLine implements ConstraintValidator<PlainText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || !inSingleLine(value);
        }
    }

    /** For {@link PlainText.Multiline}. */
    public static final class InFreeText implements ConstraintValidator<PlainText.Multiline, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || !inFreeText(value);
        }
    }

    /** For {@link PlainText.Visible}. */
    public static final class InSingleLineVisible implements ConstraintValidator<PlainText.Visible, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || !inSingleLine(value);
        }
    }

    /** For {@link PlainText.MultilineVisible}. */
    public static final class InFreeTextUnderOwnPattern
            implements ConstraintValidator<PlainText.MultilineVisible, CharSequence> {

        private static final java.util.regex.Pattern MULTILINE = java.util.regex.Pattern.compile(PlainText.MULTILINE);

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || (MULTILINE.matcher(value).matches() && !inFreeText(value));
        }
    }
}
