package vn.partybloc.platform.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A single line of text as the services accept it: no control characters and no invisible formatting characters
 * ({@link InvisibleCharacters}). The composed {@link Pattern} also puts the control-character rule into the OpenAPI
 * document as the property's {@code pattern} (the bad-input test generates from it); the length stays a
 * {@code @Size} beside it. Text is stored as {@link Text#nfc(String)} gives it.
 */
@Documented
@Constraint(validatedBy = InvisibleCharacters.InSingleLine.class)
@ReportAsSingleViolation
@Pattern(regexp = PlainText.SINGLE_LINE)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /**
     * No control character at all: the Unicode category Cc, U+0000–U+001F and U+007F–U+009F. Written with {@code \\x}
     * ranges rather than {@code \\p{Cc}} so that it means the same in Java and in ECMA-262, the regex dialect of
     * OpenAPI and of JavaScript validators. The invisible formatting characters are refused beside it, by
     * {@link InvisibleCharacters}: stating them in the pattern would narrow a request constraint of the released 1.x
     * contract, so the pattern will name them in 2.0 (docs/api-conventions.md).
     */
    String SINGLE_LINE = "^[^\\x00-\\x1F\\x7F-\\x9F]*$";

    /**
     * As {@link #SINGLE_LINE}, with at least one character that is not a space, for a {@code @Pattern} of its own where
     * a present value must not be blank (a merge patch's fields), beside {@link Visible}.
     */
    String SINGLE_LINE_NOT_BLANK = "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\x9F][^\\x00-\\x1F\\x7F-\\x9F]*$";

    /** No control character but line breaks and tabs ({@code \\t \\n \\r}), for free text such as notes and findings. */
    String MULTILINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*$";

    /** A bundle key: the texts are in the platform's ContributorValidationMessages (English and Vietnamese). */
    String MESSAGE = "{vn.partybloc.platform.validation.PlainText.message}";

    /** For a {@code @Pattern} of {@link #SINGLE_LINE_NOT_BLANK}. */
    String NOT_BLANK_MESSAGE = "{vn.partybloc.platform.validation.PlainText.notBlank.message}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Free text that may keep line breaks and tabs, and the joiners emoji are made of; no control character otherwise,
     * and no bidirectional control.
     */
    @Documented
    @Constraint(validatedBy = InvisibleCharacters.InFreeText.class)
    @ReportAsSingleViolation
    @Pattern(regexp = PlainText.MULTILINE)
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface Multiline {

        String message() default MESSAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * No invisible formatting character, for a single-line field whose {@code @Pattern} is its own (
     * {@link #SINGLE_LINE_NOT_BLANK}).
     */
    @Documented
    @Constraint(validatedBy = InvisibleCharacters.InSingleLineVisible.class)
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface Visible {

        String message() default MESSAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * Free text held to {@link Multiline}'s rules, for a field whose {@code @Pattern} is its own: a released contract's
     * looser pattern stays in the document, and the policy's control characters and bidirectional controls are refused
     * beside it.
     */
    @Documented
    @Constraint(validatedBy = InvisibleCharacters.InFreeTextUnderOwnPattern.class)
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface MultilineVisible {

        String message() default MESSAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
