package vn.partybloc.gateway.routing;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * The path a proxied request is counted under in the metrics: the resource nouns kept, every other segment (an id, a
 * code, a year) written {@code {id}}, so that public metrics show no caller's ids and stay few.
 * {@code /api/v1/organizations/0b6c…/history} is counted as {@code /api/v1/organizations/{id}/history}.
 */
final class MetricPaths {

    private static final Pattern NOUN = Pattern.compile("[a-z]+(-[a-z]+)*|v[0-9]+");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private MetricPaths() {}

    /** Counts the request under its template rather than its path (the request's metric takes the first one set). */
    static void tag(RoutingContext rc) {
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(rc);
        if (metric != null) {
            metric.setTemplatePath(template(rc.normalizedPath()));
        }
    }

    static String template(String path) {
        StringBuilder template = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean noun =
                    NOUN.matcher(segment).matches() && !UUID.matcher(segment).matches();
            template.append('/').append(noun ? segment : "{id}");
        }
        return template.isEmpty() ? "/" : template.toString();
    }
}
