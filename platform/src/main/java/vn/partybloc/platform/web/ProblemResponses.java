package vn.partybloc.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * Builds problem+json responses in the caller's language ({@link vn.partybloc.kernel.Languages#preferred}), with
 * {@code Content-Language} and {@code Vary: Accept-Language}.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(ProblemException e, Locale locale, UriInfo uri) {
        Response.ResponseBuilder response = build(
                e.type().status(),
                e.type(),
                locale,
                e.detail().in(locale),
                e.rule(),
                e.errors() == null
                        ? null
                        : e.errors().stream().map(f -> f.in(locale)).toList(),
                uri);
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds().toString());
        }
        return response.build();
    }

    public static Response of(ProblemType type, Locale locale, UriInfo uri, String key, Object... args) {
        return of(new ProblemException(type, key, args), locale, uri);
    }

    static final String RETRY_AFTER_SECONDS = "5";

    public static Response.ResponseBuilder build(
            int status,
            ProblemType type,
            Locale locale,
            String detail,
            String rule,
            List<Problem.FieldError> errors,
            UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(
                type.uri(),
                type.title(locale),
                status,
                detail,
                instance,
                rule,
                errors == null || errors.isEmpty() ? null : errors);
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(problem);
        if (status == 503) {
            // Unavailable for a moment (the database): worth a retry soon.
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response;
    }
}
