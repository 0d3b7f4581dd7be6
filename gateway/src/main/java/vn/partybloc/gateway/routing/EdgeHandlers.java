package vn.partybloc.gateway.routing;

import io.opentelemetry.api.trace.Span;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.partybloc.gateway.config.GatewayConfig;
import vn.partybloc.kernel.RequestIds;

/**
 * What every request meets at the edge: no-store and nosniff on every answer, a request id (kept if the caller sent one), an access-log line, problem+json
 * for authentication and authorization failures, and on {@code /api/*} the size and rate limits.
 */
@ApplicationScoped
public class EdgeHandlers {

    public static final String REQUEST_ID = RequestIds.HEADER;
    static final int ORDER_FIRST = -10_000;
    static final int ORDER_LIMITS = 1_000;
    static final String ROUTE = "gateway.route";

    private static final Logger ACCESS = Logger.getLogger("vn.partybloc.gateway.access");

    private final RateLimiter rateLimiter;
    private final GatewayConfig config;

    public EdgeHandlers(RateLimiter rateLimiter, GatewayConfig config) {
        this.rateLimiter = rateLimiter;
        this.config = config;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER_FIRST).handler(this::requestIdAndAccessLog);
        router.route().failureHandler(this::securityFailures);
        router.route("/api/*").order(ORDER_LIMITS).handler(this::limits);
    }

    private void requestIdAndAccessLog(RoutingContext rc) {
        // Every answer, proxied or the gateway's own: not to be kept by browsers or proxies (personnel data), nor
        // sniffed.
        rc.addHeadersEndHandler(done ->
                rc.response().putHeader("Cache-Control", "no-store").putHeader("X-Content-Type-Options", "nosniff"));
        // The caller's id is kept when it is a plain token fit for logs; otherwise the gateway issues one.
        String requestId = rc.request().getHeader(REQUEST_ID);
        if (!RequestIds.isPlain(requestId)) {
            requestId = UUID.randomUUID().toString();
            rc.request().headers().set(REQUEST_ID, requestId);
        }
        String id = requestId;
        // In the request's own (duplicated) Vert.x context: every line logged while it is handled carries the id.
        MDC.put(RequestIds.LOG_KEY, id);
        // The request's span may have ended, and taken its ids out of the logging context, by the time the answer's
        // last byte is written: the access line names the trace as it was when the request came in.
        String traceId = Span.current().getSpanContext().getTraceId();
        long began = System.nanoTime();
        rc.response().putHeader(REQUEST_ID, id);
        rc.addBodyEndHandler(done -> accessLine(rc, id, traceId, began));
        String authorization = rc.request().getHeader("Authorization");
        if (rc.request().path().startsWith("/api/")
                && rc.request().method() != io.vertx.core.http.HttpMethod.OPTIONS
                && (authorization == null || authorization.isBlank())) {
            // Quarkus answers a missing token with a bare challenge; answer it here, the same way as a bad token.
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(rc, 401, "unauthorized", "token-required");
            return;
        }
        rc.next();
    }

    private static void accessLine(RoutingContext rc, String requestId, String traceId, long began) {
        MDC.put(RequestIds.TRACE_LOG_KEY, traceId);
        ACCESS.infof(
                "request=%s client=%s route=%s %s %s status=%d time=%dms",
                requestId,
                client(rc),
                rc.get(ROUTE, "gateway"),
                rc.request().method(),
                rc.request().path(),
                rc.response().getStatusCode(),
                (System.nanoTime() - began) / 1_000_000);
    }

    private void securityFailures(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(rc, 401, "unauthorized", "token-required");
        } else if (failure instanceof ForbiddenException) {
            Problems.send(rc, 403, "forbidden", "role-not-allowed");
        } else {
            rc.next();
        }
    }

    private void limits(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > config.maxBodyBytes()) {
                    // The body is not read, so the connection cannot carry another request.
                    rc.response().putHeader("Connection", "close");
                    rc.response().endHandler(sent -> rc.request().connection().close());
                    Problems.send(rc, 413, "payload-too-large", "body-too-large", config.maxBodyBytes());
                    return;
                }
            } catch (NumberFormatException e) {
                Problems.send(rc, 400, "malformed-request", "content-length-not-a-number");
                return;
            }
        }
        long wait = rateLimiter.secondsToWait(client(rc));
        if (wait > 0) {
            rc.response().putHeader("Retry-After", Long.toString(wait));
            Problems.send(rc, 429, "too-many-requests", "rate-limit", wait);
            return;
        }
        rc.next();
    }

    /** The calling client and principal, e.g. {@code partybloc-admin-ui/alice}; "anonymous" before authentication. */
    static String client(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity.getPrincipal() instanceof JsonWebToken jwt) {
                Object azp = jwt.getClaim("azp");
                String name = jwt.getClaim("preferred_username") != null
                        ? jwt.getClaim("preferred_username")
                        : jwt.getSubject();
                return (azp == null ? "-" : azp.toString()) + "/" + name;
            }
            return identity.isAnonymous()
                    ? "anonymous"
                    : identity.getPrincipal().getName();
        }
        return "anonymous";
    }
}
