package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.partybloc.kernel.Languages;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, with a 413
 * problem like every other error answer (Vert.x would answer a bare 413) and the connection closed, since the body is
 * not read. A chunked body that grows past the limit is cut off by Quarkus' reader with a bare 413 (it answers before
 * the application sees the error); {@link ProblemExceptionMappers} notes it at INFO.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before any handler that reads the body. */
    static final int ORDER = -20_000;

    private static final Logger LOG = Logger.getLogger(BodyLimit.class);

    private final long limit;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && announcedLength(length) > limit) {
            LOG.infof(
                    "refused %s %s: a body of %s bytes, over %d",
                    rc.request().method(), rc.request().path(), length, limit);
            refuse(rc);
            return;
        }
        rc.next();
    }

    private static long announcedLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself.
        }
    }

    private void refuse(RoutingContext rc) {
        Locale locale = Languages.preferred(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(
                type.uri(),
                type.title(locale),
                type.status(),
                new ProblemMessage("body-too-large", limit).in(locale),
                rc.request().path(),
                null,
                null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                // The unread body would keep the connection waiting for the request's end.
                .onComplete(sent -> rc.request().connection().close());
    }
}
