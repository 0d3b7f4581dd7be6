package vn.partybloc.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.partybloc.gateway.config.GatewayConfig;

/** The merged OpenAPI document served at {@code /q/openapi}: the services' documents fetched live, cached a minute. */
@ApplicationScoped
public class OpenApiMerger {

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final Duration CACHE = Duration.ofMinutes(1);

    private final GatewayConfig config;
    private final OpenApiDocumentService own;
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.MIN;

    public OpenApiMerger(GatewayConfig config, OpenApiDocumentService own, ObjectMapper json) {
        this.config = config;
        this.own = own;
        this.json = json;
    }

    public ObjectNode document() {
        ObjectNode current = cached;
        if (current == null || Instant.now().isAfter(cachedAt.plus(CACHE))) {
            current = merge();
            cached = current;
            cachedAt = Instant.now();
        }
        return current;
    }

    ObjectNode merge() {
        ObjectNode own;
        try {
            own = (ObjectNode) json.readTree(this.own.getDocument("<default>", Format.JSON));
        } catch (Exception e) {
            throw new IllegalStateException("The gateway's own OpenAPI document cannot be read", e);
        }
        Map<String, ObjectNode> services = new java.util.LinkedHashMap<>();
        config.upstreams().forEach((name, upstream) -> upstream.url().ifPresent(url -> services.put(name, fetch(url))));
        return new OpenApiDocuments(json).merge(own, services, config.openapiIssuer());
    }

    private ObjectNode fetch(URI service) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(service.toString().replaceAll("/$", "") + "/q/openapi?format=json"))
                            .timeout(Duration.ofSeconds(5))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? (ObjectNode) json.readTree(response.body()) : null;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("OpenAPI document of %s unavailable: %s", service, e.toString());
            return null;
        }
    }
}
