package vn.partybloc.launcher.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;

/**
 * The HTTP client of the loads: one event loop and a fixed pool of keep-alive connections, as {@code wrk} and
 * {@code wrk2} use, so that the tool costs little CPU beside the servers it measures on the same cores (the JDK's
 * client topped out near 1,000 requests a second here, under what the services answer). Requests beyond the pool wait
 * in its queue.
 */
public final class LoadClient implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient http;
    private volatile String authorization;

    public LoadClient(int connections) {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        http = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    /** The {@code Authorization} header of the requests from now on (null for none). */
    public void authorization(String value) {
        authorization = value;
    }

    /** GETs the URI and reads the whole answer; completes with its status. */
    Future<Integer> get(URI uri) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(uri.getHost())
                .setPort(uri.getPort())
                .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .setTimeout(30_000);
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        return http.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode()));
    }

    @Override
    public void close() {
        http.close().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
