package vn.partybloc.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(ProblemType type, String detail, UriInfo uri) {
        return of(type, detail, null, null, uri);
    }

    public static Response of(
            ProblemType type, String detail, String rule, List<Problem.FieldError> errors, UriInfo uri) {
        return build(type.status(), type, detail, rule, errors, uri).build();
    }

    public static Response.ResponseBuilder build(
            int status, ProblemType type, String detail, String rule, List<Problem.FieldError> errors, UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                status,
                detail,
                instance,
                rule,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
