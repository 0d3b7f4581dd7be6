package vn.partybloc.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import vn.partybloc.gateway.config.GatewayConfig;

/**
 * Mounts a streaming reverse proxy (Vert.x HTTP proxy) per upstream on the Quarkus router, one route per path prefix.
 * The Authorization header and body pass through untouched; HTTP permissions on {@code /api/*} apply before.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    static final int ORDER_PROXY = 2_000;

    private final GatewayConfig config;
    private final Vertx vertx;
    private final Map<String, CircuitBreaker> breakers = new TreeMap<>();

    public ProxyRoutes(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        config.upstreams().forEach((name, upstream) -> {
            if (!upstream.deployed()) {
                LOG.infof("Not routing %s: %s has no url (not deployed)", upstream.prefixes(), name);
                return;
            }
            URI url = upstream.url().get();
            int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setSsl("https".equals(url.getScheme()))
                    .setConnectTimeout((int) config.guard().connectTimeout().toMillis())
                    .setKeepAlive(true)
                    .setMaxPoolSize(64));
            TrustedProxies trustedProxies =
                    new TrustedProxies(config.trustedProxies().orElse(List.of()));
            CircuitBreaker breaker = new CircuitBreaker(
                    config.guard().failureThreshold(), config.guard().openFor());
            breakers.put(name, breaker);
            SocketAddress origin = SocketAddress.inetSocketAddress(port, url.getHost());
            long timeout = config.guard().timeout().toMillis();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, c) ->
                            c.request(new RequestOptions().setServer(origin).setIdleTimeout(timeout)))
                    .addInterceptor(new UpstreamGuard(name, breaker, trustedProxies, config.maxBodyBytes()));
            for (String prefix : upstream.prefixes()) {
                for (String path : new String[] {prefix, prefix + "/*"}) {
                    router.route(path).order(ORDER_PROXY).handler(rc -> {
                        rc.put(EdgeHandlers.ROUTE, name);
                        MetricPaths.tag(rc);
                        proxy.handle(rc.request());
                    });
                }
                LOG.infof("Routing %s/** to %s (%s)", prefix, name, url);
            }
        });
    }

    public Map<String, CircuitBreaker> breakers() {
        return breakers;
    }
}
