package vn.partybloc.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/**
 * A bearer token the gateway has verified is answered from its kept identity on its next requests, with the same
 * rights, and never past its expiry; any other token, however close to a kept one, is verified on its own.
 */
@QuarkusTest
class TokenCacheTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aTokenSentAgainIsAnsweredFromItsKeptIdentityWithTheSameRights() {
        String admin = Tokens.withRoles("cache-admin", Set.of("admin"));
        String guest = Tokens.as("guest");
        double hits = count("hit");
        double misses = count("miss");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(admin).get("/api/v1/organizations").then().statusCode(200);
            given().auth().oauth2(guest).get("/api/v1/organizations").then().statusCode(403);
        }
        assertEquals(2, count("miss") - misses, "the first request of each token");
        assertEquals(4, count("hit") - hits, "the second and third request of each token");
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        String token = Tokens.expiringIn("viewer", 3);
        Instant expiry = Instant.now().plusSeconds(3);
        given().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(200);
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth()
                                .oauth2(token)
                                .get("/api/v1/organizations")
                                .statusCode()
                        == 401);
        assertFalse(Instant.now().isBefore(expiry.minusSeconds(1)), "refused before it expired");
    }

    @Test
    void aTokenThatDiffersFromAKeptOneIsVerifiedOnItsOwn() {
        String token = Tokens.as("admin");
        given().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String tampered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(tampered).get("/api/v1/organizations").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.badSignature("admin"))
                .get("/api/v1/organizations")
                .then()
                .statusCode(401);
        given().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(200);
    }

    private double count(String result) {
        return registry.get("gateway.token.cache")
                .tag("result", result)
                .counter()
                .count();
    }
}
