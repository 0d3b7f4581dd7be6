package vn.partybloc.platform.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer, whoever writes it (a resource, a problem mapper, the token check, Vert.x itself), tells browsers and
 * proxies not to keep it ({@code Cache-Control: no-store}: the API answers personnel data) and not to guess its type
 * ({@code X-Content-Type-Options: nosniff}).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before every other handler, so that no answer leaves without them. */
    static final int ORDER = -30_000;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(SecurityHeaders::add);
    }

    private static void add(RoutingContext rc) {
        rc.addHeadersEndHandler(done ->
                rc.response().putHeader("Cache-Control", "no-store").putHeader("X-Content-Type-Options", "nosniff"));
        rc.next();
    }
}
