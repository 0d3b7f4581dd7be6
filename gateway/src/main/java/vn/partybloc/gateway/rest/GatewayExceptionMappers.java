package vn.partybloc.gateway.rest;

import io.vertx.core.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.partybloc.gateway.routing.Problems;

/** problem+json for the gateway's own endpoints. */
public class GatewayExceptionMappers {

    private static final Logger LOG = Logger.getLogger(GatewayExceptionMappers.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceFirst("^[^.]+\\\\.", "") + ": " + v.getMessage())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return problem(400, "validation", "Invalid request", detail, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            return problem(400, "malformed-request", "Malformed request", "A parameter has an invalid format", uri);
        }
        return problem(
                status,
                status == 404 ? "not-found" : "malformed-request",
                e.getResponse().getStatusInfo().getReasonPhrase(),
                e.getMessage(),
                uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error at " + uri.getRequestUri(), e);
        return problem(500, "internal", "Internal error", "An unexpected error occurred", uri);
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri) {
        JsonObject body = Problems.body(
                        status, type, title, detail, uri.getRequestUri().getRawPath())
                .toJsonObject();
        return Response.status(status)
                .type(Problems.MEDIA_TYPE)
                .entity(body.encode())
                .build();
    }
}
