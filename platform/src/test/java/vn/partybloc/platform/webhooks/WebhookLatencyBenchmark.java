package vn.partybloc.platform.webhooks;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.Roles;
import vn.partybloc.testing.Tokens;

/**
 * Measures a webhook's delay from the commit of a change (its {@code 201} received) to the post's arrival at a receiver
 * on this machine, with the dispatcher's default poll interval, for notes written one at a time at random moments.
 * Prints median and p99; asserts nothing about speed. Run: {@code ./mvnw -pl platform -am verify
 * -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=WebhookLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@TestProfile(WebhookLatencyBenchmark.DefaultPollInterval.class)
@Tag("benchmark")
class WebhookLatencyBenchmark {

    private static final Logger LOG = Logger.getLogger(WebhookLatencyBenchmark.class);
    private static final int WARMUP = 20;
    private static final int MEASURED = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class DefaultPollInterval implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partybloc.webhooks.poll-interval", "1s");
        }
    }

    @Test
    void commitToReceiptLatency() throws Exception {
        String token = Tokens.ofClient("bench", Set.of(Roles.INTEGRATION));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url()))
                    .post("/api/v1/webhooks/notes")
                    .then()
                    .statusCode(201);
            Map<String, Instant> committed = new HashMap<>();
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(50, 400)); // a change at a random moment of a poll
                String id = note();
                if (i >= WARMUP) {
                    committed.put(id, Instant.now());
                }
            }
            receiver.await(r -> r.size() >= WARMUP + MEASURED, Duration.ofMinutes(2));
            List<Long> micros = new ArrayList<>();
            for (WebhookReceiver.Received post : receiver.received()) {
                Instant commit =
                        committed.get(JSON.readTree(post.body()).get("subject").asText());
                if (commit != null) {
                    micros.add(Duration.between(commit, post.at()).toNanos() / 1000);
                }
            }
            micros.sort(Long::compare);
            LOG.infof(
                    "Webhook commit-to-receipt over %d events, woken by the relay, poll 1 s: median %.1f ms, p99 %.1f ms, max %.1f ms",
                    micros.size(),
                    micros.get(micros.size() / 2) / 1000.0,
                    micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0);
        }
    }

    private static String note() {
        return given().auth()
                .oauth2(Tokens.as(Roles.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "bench " + UUID.randomUUID()))
                .post("/test/notes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
