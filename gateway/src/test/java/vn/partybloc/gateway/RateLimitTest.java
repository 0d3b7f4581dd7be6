package vn.partybloc.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/**
 * A client over its rate is told to wait, and only that client. The limit is low enough (30 a minute, refilled one
 * every two seconds) that any machine sends faster than the bucket refills, so the test does not race the machine;
 * how many passed is checked against the refill of the time the loop actually took.
 */
@QuarkusTest
@TestProfile(RateLimitTest.ThirtyAMinute.class)
class RateLimitTest {

    private static final int PER_MINUTE = 30;

    public static class ThirtyAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.per-minute", Integer.toString(PER_MINUTE));
        }
    }

    @Test
    void aClientOverItsRateIsToldToWaitAndOthersAreNot() {
        String token = Tokens.withRoles("rate-limited-client", Set.of("viewer"));
        long start = System.nanoTime();
        Response response = null;
        int allowed = 0;
        while (Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60) {
            response = given().auth().oauth2(token).get("/api/v1/organizations");
            if (response.statusCode() != 200) {
                break;
            }
            allowed++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long refilled = (long) Math.ceil(seconds * PER_MINUTE / 60.0);
        assertTrue(
                allowed >= PER_MINUTE && allowed <= PER_MINUTE + refilled,
                allowed + " requests passed in " + seconds + " s");
        response.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());

        given().auth()
                .oauth2(Tokens.withRoles("another-client", Set.of("viewer")))
                .get("/api/v1/organizations")
                .then()
                .statusCode(200);
    }
}
