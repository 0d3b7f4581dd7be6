package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.partybloc.kernel.Languages;
import vn.partybloc.platform.persistence.DatabaseUnreachable;

/** Turns every exception into an RFC 9457 problem; a 5xx is logged because it means a bug. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** What Quarkus' reader (VertxInputStream) throws once a chunked body has grown past the limit. */
    private static final String BODY_CUT_OFF = "Request too large";
    /** Not an HTTP status a client ever reads: what proxies (nginx first) record for a client gone before the answer. */
    static final int CLIENT_CLOSED_REQUEST = 499;
    /** Long enough for the transaction that won to commit: they hold their locks for milliseconds. */
    static final int CONCURRENT_RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(e, language(headers), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        // The messages are already in the caller's language: Hibernate Validator resolves it from Accept-Language
        // among quarkus.locales.
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        Locale locale = language(headers);
        return ProblemResponses.build(400, ProblemType.VALIDATION, locale, detail, null, errors, uri)
                .build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        ProblemException.FieldIssue error = JsonErrors.describe(e);
        if (error.field() == null) {
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST, language(headers), uri, "json.body-not-json", error.message());
        }
        ProblemMessage detail = error.message().key().equals("json.unknown-property")
                ? new ProblemMessage("json.unknown-property-detail", error.field())
                : new ProblemMessage("json.field-detail", error.field(), error.message());
        return ProblemResponses.of(
                new ProblemException(ProblemType.VALIDATION, detail, null, List.of(error)), language(headers), uri);
    }

    // Quarkus REST ships mappers for these Jackson subtypes; exact-type mappers here take precedence over them.
    @ServerExceptionMapper
    public Response mismatchedInput(
            com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidJson(com.fasterxml.jackson.core.JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return challenge(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return challenge(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, language(headers), uri, "role-not-allowed");
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return problem(concurrent(), headers, uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return problem(concurrent(), headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Locale locale = language(headers);
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted: it is the caller's bad input.
            // The converter's own message is English; the Vietnamese text leaves it out.
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST, locale, uri, "parameter-malformed", rootMessage(e));
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String key = switch (status) {
            case 404 -> "no-such-path";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-status";
        };
        Response.ResponseBuilder builder = ProblemResponses.build(
                status,
                ProblemType.forStatus(status),
                locale,
                ProblemMessages.text(locale, key, status),
                null,
                null,
                uri);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    /**
     * Reading the request or writing the answer failed. Two causes are the client's, not faults of the service, and are
     * noted at INFO: a chunked body that grew past {@code quarkus.http.limits.max-body-size} (Quarkus' reader has
     * already answered 413 and is closing the connection), and a client that hung up while its answer was written (a
     * closed browser tab, a caller's timeout): nothing reaches it any more, and the metrics count the request under
     * 499, as proxies do, not as a 5xx.
     */
    @ServerExceptionMapper
    public Response inputOutput(IOException e, HttpHeaders headers, UriInfo uri, HttpServerResponse response) {
        if (BODY_CUT_OFF.equals(e.getMessage())) {
            LOG.infof("refused %s: a chunked body grew past the size limit", uri.getRequestUri());
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        if (response != null && response.closed()) {
            LOG.infof(
                    "the client hung up before the answer to %s was sent",
                    uri.getRequestUri().getPath());
            return Response.status(CLIENT_CLOSED_REQUEST).build();
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        ProblemException known = fromCause(e);
        if (known != null) {
            return problem(known, headers, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s, on %s", incident, uri == null ? "?" : uri.getRequestUri());
        return ProblemResponses.of(ProblemType.INTERNAL, language(headers), uri, "internal", incident);
    }

    /**
     * Database errors that a client's request can provoke become 4xx answers instead of 500s, and a database out of
     * reach, anywhere among the causes and suppressed exceptions, a 503 the client may retry.
     */
    static ProblemException fromCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return concurrent();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505") || state.equals("23P01")) {
                    // A service may name the domain rule a constraint guards (partybloc.constraint-rules.<name>=<rule
                    // id>):
                    // the loser of a race then gets the same 422 as a request refused by the service's own check.
                    String constraint = constraintOf(sql);
                    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                            .getOptionalValue("partybloc.constraint-rules." + constraint, String.class)
                            .map(rule -> ProblemException.rule(rule, "constraint-rule", rule, constraint))
                            .orElseGet(() -> ProblemException.conflict("constraint-conflict", constraint));
                }
                if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                    // A serialization failure, a deadlock or a lock not available: PostgreSQL rolled the
                    // transaction back, so the request changed nothing and can be sent again as it was.
                    return ProblemException.retryableConflict("concurrent-retry", CONCURRENT_RETRY_AFTER_SECONDS);
                }
                if (state.startsWith("22")) {
                    return new ProblemException(ProblemType.VALIDATION, "value-out-of-range");
                }
            }
        }
        return DatabaseUnreachable.reason(e)
                .map(reason -> {
                    LOG.warnf("The database cannot be reached: %s", reason.getMessage());
                    return new ProblemException(ProblemType.UNAVAILABLE, "database-unavailable");
                })
                .orElse(null);
    }

    /**
     * The database cannot be reached: a connection refused or lost (SQL state class 08), the server shutting down or
     * starting (57P01–57P03), or no connection to be had before the pool's acquisition timeout. The request may succeed
     * later, so it is a 503, not a 500.
     */
    private static String constraintOf(SQLException sql) {
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        int start = message.indexOf('"');
        int end = start < 0 ? -1 : message.indexOf('"', start + 1);
        return end > start ? message.substring(start + 1, end) : "unique constraint";
    }

    private static ProblemException concurrent() {
        return ProblemException.conflict("concurrent-change");
    }

    private static Response challenge(HttpHeaders headers, UriInfo uri) {
        Locale locale = language(headers);
        return ProblemResponses.build(
                        401,
                        ProblemType.UNAUTHORIZED,
                        locale,
                        ProblemMessages.text(locale, "token-required"),
                        null,
                        null,
                        uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Locale language(HttpHeaders headers) {
        return Languages.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** {@code create.request.hostUnit.kind} → {@code hostUnit.kind}: drop the method and parameter names. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder sb = new StringBuilder();
        int index = 0;
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            index++;
            if (index == 1 && (node.getKind() == jakarta.validation.ElementKind.METHOD)) {
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts a list's index on the node inside it: orders, amount[1] is orders[1].amount.
            if (node.isInIterable() && !sb.isEmpty()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                sb.append('[').append(at == null ? "" : at).append(']');
            }
            // A container element's own name is "<list element>" and the like, not a field.
            if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        if (sb.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return sb.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
