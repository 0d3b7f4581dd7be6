package vn.partybloc.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.partybloc.kernel.Languages;

/**
 * RFC 9457 problem bodies written at the edge, with the same {@code type} URIs and fields the services use (the
 * gateway has no database, so it does not depend on the services' platform library). Texts come from the bundle
 * {@code gateway-problems} (English) and {@code gateway-problems_vi}, chosen by {@code Accept-Language} as the
 * services choose theirs: Vietnamese when the caller prefers {@code vi}, English otherwise.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://partybloc.vn/problems/";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Problems() {}

    /** The text of {@code key} with its arguments (turned into text first: no grouping of numbers). */
    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            "gateway-problems", locale, Problems.class.getClassLoader(), NO_DEFAULT_LOCALE)
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(strings);
    }

    /** A problem of {@code type}: its title is {@code title.<type>}, its detail the text of {@code detailKey}. */
    public static Buffer body(
            Locale locale, int status, String type, String instance, String detailKey, Object... args) {
        JsonObject problem = new JsonObject()
                .put("type", BASE + type)
                .put("title", text(locale, "title." + type))
                .put("status", status)
                .put("detail", text(locale, detailKey, args));
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.toBuffer();
    }

    public static void send(RoutingContext rc, int status, String type, String detailKey, Object... args) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        Locale locale = Languages.preferred(rc.request().getHeader("Accept-Language"));
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Content-Language", locale.toLanguageTag())
                .putHeader("Vary", "Accept-Language")
                .end(body(locale, status, type, rc.request().path(), detailKey, args));
    }
}
