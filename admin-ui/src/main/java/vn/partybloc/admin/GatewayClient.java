package vn.partybloc.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partybloc.client.ApiClient;

/**
 * The gateway, as the generated client reaches it. One HTTP client and one JSON mapper serve every request: the
 * generated {@link ApiClient} asks its builder for a client on each call, so the builder it gets hands out that one.
 */
@ApplicationScoped
public class GatewayClient {

    private final String url;
    private final HttpClient http;
    /** Shared, as Jackson means it to be: a new mapper for each call cost 23× the read (OverviewReadingBenchmark). */
    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();

    public GatewayClient(@ConfigProperty(name = "partybloc.gateway.url") String url) {
        this.url = url;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** The client for calls made as the holder of {@code accessToken}, answered in {@code language}. */
    public ApiClient as(String accessToken, String language) {
        ApiClient client = new ApiClient(new SharedClient(http), json, url);
        client.setReadTimeout(Duration.ofSeconds(10));
        client.setRequestInterceptor(request ->
                request.header("Authorization", "Bearer " + accessToken).header("Accept-Language", language));
        return client;
    }

    /** A builder whose every build is the one shared client; what it is told to set is set on that client already. */
    private record SharedClient(HttpClient client) implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
            return this;
        }

        @Override
        public HttpClient.Builder version(HttpClient.Version version) {
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            return this;
        }

        @Override
        public HttpClient build() {
            return client;
        }
    }
}
