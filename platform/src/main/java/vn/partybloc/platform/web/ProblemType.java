package vn.partybloc.platform.web;

import java.net.URI;
import java.util.Locale;
import vn.partybloc.kernel.Languages;

/** The problem types the services answer with; each maps to one HTTP status. */
public enum ProblemType {
    MALFORMED_REQUEST(400),
    VALIDATION(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    DOMAIN_RULE(422),
    IDEMPOTENCY_KEY_REUSED(422),
    PRECONDITION_REQUIRED(428),
    TOO_MANY_REQUESTS(429),
    INTERNAL(500),
    UNAVAILABLE(503);

    private static final String BASE = "https://partybloc.vn/problems/";

    private final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The English title, as docs/problems.md lists it. */
    public String title() {
        return title(Languages.ENGLISH);
    }

    public String title(Locale locale) {
        return ProblemMessages.text(locale, "title." + name());
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase().replace('_', '-'));
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != IDEMPOTENCY_KEY_REUSED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
