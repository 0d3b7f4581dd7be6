package vn.partybloc.platform.web;

import java.util.List;
import java.util.Locale;

/**
 * An error a client can act on; the exception mappers turn it into a problem+json answer. Its detail is a
 * {@link ProblemMessage}, a bundle key with arguments, put into the caller's language when the answer is written;
 * the exception's own message is the English text.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final ProblemMessage detail;
    private final String rule;
    private final List<FieldIssue> errors;

    /** A field at fault and what is wrong with it, as a bundle key. */
    public record FieldIssue(String field, ProblemMessage message) {

        public Problem.FieldError in(Locale locale) {
            return new Problem.FieldError(field, message.in(locale));
        }
    }

    public ProblemException(ProblemType type, String key, Object... args) {
        this(type, new ProblemMessage(key, args), null, null);
    }

    public ProblemException(ProblemType type, ProblemMessage detail, String rule, List<FieldIssue> errors) {
        super(detail.toString());
        this.type = type;
        this.detail = detail;
        this.rule = rule;
        this.errors = errors;
    }

    /** {@code what} names a noun of the bundles, {@code noun.<what>}: "member", "organization", … */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "not-found", noun(what), id);
    }

    public static ProblemException conflict(String key, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, key, args);
    }

    /** A domain rule was broken; {@code rule} is the rule's stable id (documented in docs/problems.md). */
    public static ProblemException rule(String rule, String key, Object... args) {
        return new ProblemException(ProblemType.DOMAIN_RULE, new ProblemMessage(key, args), rule, null);
    }

    /** One invalid field; the detail reads "field: message". */
    public static ProblemException invalid(String field, String key, Object... args) {
        ProblemMessage message = new ProblemMessage(key, args);
        return new ProblemException(
                ProblemType.VALIDATION,
                new ProblemMessage("field-error", field, message),
                null,
                List.of(new FieldIssue(field, message)));
    }

    public static ProblemException forbidden(String key, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, key, args);
    }

    /** A noun of the bundles ({@code noun.<what>}), to pass as an argument. */
    public static ProblemMessage noun(String what) {
        return new ProblemMessage("noun." + what);
    }

    public ProblemType type() {
        return type;
    }

    public ProblemMessage detail() {
        return detail;
    }

    public String rule() {
        return rule;
    }

    public List<FieldIssue> errors() {
        return errors;
    }
}
