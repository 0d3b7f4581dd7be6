package vn.partybloc.platform.web;

import java.util.List;

/** An error a client can act on; the exception mappers turn it into a problem+json answer. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String rule;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    public ProblemException(ProblemType type, String detail, String rule, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.rule = rule;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to you");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A domain rule was broken; {@code rule} is the rule's stable id (documented in docs/). */
    public static ProblemException rule(String rule, String detail) {
        return new ProblemException(ProblemType.DOMAIN_RULE, detail, rule, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION, field + ": " + message, null, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public String rule() {
        return rule;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
