package vn.partybloc.gateway.routing;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.partybloc.kernel.Languages;

/**
 * Sits between the gateway and one upstream: adds the forwarding headers, refuses requests while the circuit is open
 * (503), and turns a refused connection into 502 and a silent upstream into 504, each as problem+json. A chunked body
 * is passed on only up to the gateway's limit ({@link LimitedBody}), then answered with a 413 problem, which does not
 * count as the service failing. (A service cut off such a body itself with Quarkus' bare 413 and a closed connection,
 * which the proxy saw as a failure: a 502, counted towards opening the circuit.)
 */
final class UpstreamGuard implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);

    private final String upstream;
    private final CircuitBreaker breaker;
    private final TrustedProxies trustedProxies;
    private final long maxBodyBytes;

    UpstreamGuard(String upstream, CircuitBreaker breaker, TrustedProxies trustedProxies, long maxBodyBytes) {
        this.upstream = upstream;
        this.breaker = breaker;
        this.trustedProxies = trustedProxies;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        var incoming = request.proxiedRequest();
        request.headers().set(EdgeHandlers.REQUEST_ID, incoming.getHeader(EdgeHandlers.REQUEST_ID));
        // The service continues the gateway's span, whose context the client puts in as it sends; the caller's own
        // would make the service skip the gateway in the trace.
        request.headers().remove("traceparent");
        request.headers().remove("tracestate");
        String remote = incoming.remoteAddress() == null
                ? "unknown"
                : incoming.remoteAddress().hostAddress();
        String forwarded = incoming.getHeader("X-Forwarded-For");
        request.headers().set("X-Forwarded-For", forwarded == null ? remote : forwarded + ", " + remote);
        boolean behindTrustedProxy = trustedProxies.trusts(remote);
        String proto = incoming.getHeader("X-Forwarded-Proto");
        String host = incoming.getHeader("X-Forwarded-Host");
        if (behindTrustedProxy && proto != null) {
            request.headers().set("X-Forwarded-Proto", proto);
        } else {
            request.headers().set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        }
        if (behindTrustedProxy && host != null) {
            request.headers().set("X-Forwarded-Host", host);
        } else if (incoming.authority() != null) {
            request.headers().set("X-Forwarded-Host", incoming.authority().toString());
        } else {
            request.headers().remove("X-Forwarded-Host");
        }
        if (!breaker.allowRequest()) {
            ProxyResponse refused = problem(request, 503, "unavailable", "upstream-failing", upstream);
            refused.putHeader("Retry-After", Long.toString(breaker.secondsUntilTrial()));
            return Future.succeededFuture(refused);
        }
        LimitedBody chunked = limitChunkedBody(request);
        return context.sendRequest()
                .map(response -> {
                    breaker.onSuccess();
                    return response;
                })
                .recover(failure -> {
                    if (chunked != null && chunked.exceeded()) {
                        // The caller's body, not the service, failed: cut off at the limit before the service read it,
                        // and the rest of it is unread, so the connection cannot carry another request. Closed once
                        // the answer is out: the server leaves open a connection whose request has not ended, and the
                        // caller would go on sending the body to no one.
                        incoming.response()
                                .endHandler(sent -> incoming.connection().close());
                        return Future.succeededFuture(
                                problem(request, 413, "payload-too-large", "body-too-large", maxBodyBytes)
                                        .putHeader("Connection", "close"));
                    }
                    if (incoming.response().closed()) {
                        // The caller went away and the proxy reset the upstream stream: not the upstream's failure.
                        return Future.failedFuture(failure);
                    }
                    breaker.onFailure();
                    boolean timedOut = isTimeout(failure);
                    LOG.warnf(
                            "%s did not answer %s %s: %s",
                            upstream, request.getMethod(), request.getURI(), failure.toString());
                    return Future.succeededFuture(
                            timedOut
                                    ? problem(request, 504, "gateway-timeout", "upstream-timeout", upstream)
                                    : problem(request, 502, "bad-gateway", "upstream-unreachable", upstream));
                });
    }

    /** A chunked body announces no length: it is passed on only up to the gateway's limit. */
    private LimitedBody limitChunkedBody(ProxyRequest request) {
        Body body = request.getBody();
        if (body == null || body.length() >= 0) {
            return null;
        }
        LimitedBody limited = new LimitedBody(body.stream(), maxBodyBytes);
        request.setBody(Body.body(limited));
        return limited;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static ProxyResponse problem(ProxyRequest request, int status, String type, String detailKey, Object arg) {
        Locale locale = Languages.preferred(request.proxiedRequest().getHeader("Accept-Language"));
        ProxyResponse response = request.release()
                .response()
                .setStatusCode(status)
                .setStatusMessage(HttpResponseStatus.valueOf(status).reasonPhrase());
        response.headers().clear();
        response.putHeader("Content-Type", Problems.MEDIA_TYPE);
        response.putHeader("Content-Language", locale.toLanguageTag());
        response.putHeader("Vary", "Accept-Language");
        response.setBody(Body.body(
                Problems.body(locale, status, type, request.proxiedRequest().path(), detailKey, arg)));
        return response;
    }
}
