package vn.partybloc.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * RFC 9457 problem bodies written at the edge, with the same {@code type} URIs and fields the services use (the
 * gateway has no database, so it does not depend on the services' platform library).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://partybloc.vn/problems/";

    private Problems() {}

    public static Buffer body(int status, String type, String title, String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.toBuffer();
    }

    public static void send(RoutingContext rc, int status, String type, String title, String detail) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, type, title, detail, rc.request().path()));
    }
}
