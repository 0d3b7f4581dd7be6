package vn.partybloc.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.partybloc.gateway.routing.CircuitBreaker;
import vn.partybloc.gateway.routing.ProxyRoutes;
import vn.partybloc.testing.AnnouncedBody;
import vn.partybloc.testing.Tokens;

/**
 * Every body too large for the system is a 413 problem (issue 14), at the gateway's default limit of 10 MiB, the
 * services' own. A body announced larger is refused by the gateway unread. A chunked body announces no length: the
 * gateway passes it on up to the limit and then answers the 413 problem itself, before the service sees more than the
 * limit (a Quarkus service would answer a bare {@code 413} and close the connection mid-body, which the proxy took for
 * a failure: a 502 that counted towards opening the service's circuit).
 */
@QuarkusTest
@TestProfile(OversizedBodyTest.LimitedService.class)
class OversizedBodyTest {

    /** The services' body limit and the gateway's, in bytes (10 MiB). */
    static final long LIMIT = 10 * 1024 * 1024;

    @Inject
    ProxyRoutes routes;

    public static class LimitedService extends StandInProfile {
        public LimitedService() {
            super(LimitedServiceStandIn.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the other gateway tests run at 1 MiB (application.properties); this one at the default
            return Map.of("%test.gateway.max-body-bytes", Long.toString(LIMIT));
        }
    }

    /** member-service as Quarkus answers a body past its limit: a bare 413, the connection closed mid-body. */
    public static class LimitedServiceStandIn implements QuarkusTestResourceLifecycleManager {
        static final AtomicLong requests = new AtomicLong();
        /** The most body bytes one request brought. */
        static final AtomicLong mostReceived = new AtomicLong();

        private Vertx vertx;

        @Override
        public Map<String, String> start() {
            vertx = Vertx.vertx();
            HttpServer server = vertx.createHttpServer().requestHandler(request -> {
                requests.incrementAndGet();
                AtomicLong received = new AtomicLong();
                request.handler(chunk -> {
                    mostReceived.accumulateAndGet(received.addAndGet(chunk.length()), Math::max);
                    if (received.get() > LIMIT && !request.response().ended()) {
                        request.response()
                                .setStatusCode(413)
                                .putHeader("Connection", "close")
                                .end()
                                .onComplete(sent -> request.connection().close());
                    }
                });
                request.endHandler(end -> {
                    if (!request.response().ended()) {
                        request.response()
                                .putHeader("Content-Type", "application/json")
                                .end("{}");
                    }
                });
            });
            try {
                server.listen(0, "127.0.0.1")
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of(
                    "gateway.upstreams.member.url", "http://127.0.0.1:" + server.actualPort(),
                    "gateway.upstreams.member.prefixes", "/api/v1/members",
                    "gateway.upstreams.organization.url", "",
                    "gateway.upstreams.training.url", "",
                    "gateway.upstreams.evaluation.url", "");
        }

        @Override
        public void stop() {
            vertx.close();
        }
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsA413ProblemAndNeverReachesTheService() throws Exception {
        long before = LimitedServiceStandIn.requests.get();
        AnnouncedBody.Answer answer = AnnouncedBody.send(
                "POST",
                "/api/v1/members",
                Map.of("Authorization", "Bearer " + Tokens.as("admin"), "Content-Type", "application/json"),
                10 * 1024 * 1024 + 1);

        assertEquals(413, answer.status(), answer.raw());
        assertTrue(answer.isProblem(), answer.raw());
        assertTrue(answer.body().contains("10485760"), answer.raw());
        assertEquals(before, LimitedServiceStandIn.requests.get(), "the request reached the service");
    }

    @Test
    void aChunkedBodyPastTheLimitIsA413ProblemAndNotAFailureOfTheService() throws Exception {
        CircuitBreaker members = routes.breakers().get("member");
        for (int i = 0; i < 5; i++) {
            AnnouncedBody.Answer answer = AnnouncedBody.chunked(
                    "POST",
                    "/api/v1/members",
                    Map.of(
                            "Authorization", "Bearer " + Tokens.as("admin"),
                            "Content-Type", "application/json",
                            "Accept-Language", "vi"),
                    LIMIT + 1024 * 1024);

            assertEquals(413, answer.status(), answer.raw());
            assertTrue(answer.isProblem(), answer.raw());
            assertTrue(answer.body().contains("10485760"), answer.raw());
            assertEquals("vi", answer.header("Content-Language"), answer.raw());
            assertTrue(answer.closed(), "the connection stayed open after the 413: " + answer.raw());
        }
        assertTrue(
                LimitedServiceStandIn.mostReceived.get() <= LIMIT,
                "the service read " + LimitedServiceStandIn.mostReceived.get() + " bytes");
        assertEquals(CircuitBreaker.State.CLOSED, members.state(), "refused bodies counted as the service failing");
    }
}
