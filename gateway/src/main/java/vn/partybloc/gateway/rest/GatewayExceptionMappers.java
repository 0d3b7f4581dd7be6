package vn.partybloc.gateway.rest;

import io.vertx.core.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.partybloc.gateway.reports.InvalidPeriodException;
import vn.partybloc.gateway.reports.SubtreeRootException;
import vn.partybloc.gateway.routing.Problems;
import vn.partybloc.kernel.Languages;

/** problem+json for the gateway's own endpoints. */
public class GatewayExceptionMappers {

    private static final Logger LOG = Logger.getLogger(GatewayExceptionMappers.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        // The messages are already in the caller's language (Hibernate Validator, quarkus.locales).
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceFirst("^[^.]+\\\\.", "") + ": " + v.getMessage())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        return problem(400, "validation", headers, uri, "violations", detail);
    }

    @ServerExceptionMapper
    public Response invalidPeriod(InvalidPeriodException e, HttpHeaders headers, UriInfo uri) {
        return problem(
                400,
                "validation",
                headers,
                uri,
                "period-reversed",
                e.to().toString(),
                e.from().toString());
    }

    @ServerExceptionMapper
    public Response subtreeRoot(SubtreeRootException e, HttpHeaders headers, UriInfo uri) {
        if (e.status() == 404) {
            return problem(404, "not-found", headers, uri, e.detailKey());
        }
        return Response.fromResponse(problem(503, "unavailable", headers, uri, e.detailKey()))
                .header("Retry-After", 1)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            return problem(400, "malformed-request", headers, uri, "parameter-malformed");
        }
        return status == 404
                ? problem(404, "not-found", headers, uri, "no-such-path")
                : problem(status, "malformed-request", headers, uri, "http-status", status);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.error("Unexpected error at " + uri.getRequestUri(), e);
        return problem(500, "internal", headers, uri, "internal");
    }

    private static Response problem(
            int status, String type, HttpHeaders headers, UriInfo uri, String detailKey, Object... args) {
        Locale locale = Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        JsonObject body = Problems.body(
                        locale, status, type, uri.getRequestUri().getRawPath(), detailKey, args)
                .toJsonObject();
        return Response.status(status)
                .type(Problems.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(body.encode())
                .build();
    }
}
