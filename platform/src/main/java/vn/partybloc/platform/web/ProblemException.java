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
    private final Integer retryAfterSeconds;

    /**
     * A field at fault and what is wrong with it, as a bundle key; for a refused item of a batch, also the type of the
     * problem that refused it and the rule it broke, if a rule did.
     */
    public record FieldIssue(String field, ProblemMessage message, ProblemType type, String rule) {

        public FieldIssue(String field, ProblemMessage message) {
            this(field, message, null, null);
        }

        /** Item {@code index} of a batch, refused by a problem of {@code type} under {@code rule} (or none). */
        public static FieldIssue refusedItem(int index, ProblemMessage message, ProblemType type, String rule) {
            return new FieldIssue("items[" + index + "]", message, type, rule);
        }

        public Problem.FieldError in(Locale locale) {
            return new Problem.FieldError(field, message.in(locale), type == null ? null : type.uri(), rule);
        }
    }

    public ProblemException(ProblemType type, String key, Object... args) {
        this(type, new ProblemMessage(key, args), null, null);
    }

    public ProblemException(ProblemType type, ProblemMessage detail, String rule, List<FieldIssue> errors) {
        this(type, detail, rule, errors, null);
    }

    private ProblemException(
            ProblemType type, ProblemMessage detail, String rule, List<FieldIssue> errors, Integer retryAfterSeconds) {
        super(detail.toString());
        this.type = type;
        this.detail = detail;
        this.rule = rule;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** {@code what} names a noun of the bundles, {@code noun.<what>}: "member", "organization", … */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "not-found", noun(what), id);
    }

    public static ProblemException conflict(String key, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, key, args);
    }

    /**
     * A conflict with a concurrent transaction, not with the state: the same request, sent again after {@code
     * Retry-After} seconds, may well succeed.
     */
    public static ProblemException retryableConflict(String key, int retryAfterSeconds) {
        return new ProblemException(ProblemType.CONFLICT, new ProblemMessage(key), null, null, retryAfterSeconds);
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

    /** The seconds to wait before the same request is worth sending again, or null if it is not. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
