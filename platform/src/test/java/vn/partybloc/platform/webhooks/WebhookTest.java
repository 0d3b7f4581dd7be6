package vn.partybloc.platform.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.testapp.TestTables;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/**
 * Issue 19 §2 against a receiver on this machine: what an integrator's endpoint gets, how it verifies it, and what
 * happens when it fails.
 */
@QuarkusTest
class WebhookTest {

    private static final String WEBHOOKS = "/api/v1/webhooks/notes";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookMeters meters;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private final String client = "hr-" + UUID.randomUUID().toString().substring(0, 8);
    private final String token = Tokens.ofClient(client, Set.of(Roles.INTEGRATION));
    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    /** Its subscriptions go with it, so that no later test's events are tried on a receiver that is gone. */
    @AfterEach
    void stopReceiver() {
        receiver.close();
        for (String id : given().auth()
                .oauth2(token)
                .get(WEBHOOKS)
                .then()
                .extract()
                .jsonPath()
                .getList("id", String.class)) {
            given().auth().oauth2(token).delete(WEBHOOKS + "/" + id).then().statusCode(204);
        }
    }

    @Test
    void eachNewEventArrivesOnceInOrderSignedWithTheSecretAndWithoutItsData() throws Exception {
        JsonPath subscription = subscribe(Map.of("url", receiver.url()));
        String secret = subscription.getString("secret");
        assertTrue(secret.startsWith("whsec_"));
        List<String> notes = List.of(note(), note(), note());

        List<WebhookReceiver.Received> got = receiver.await(r -> r.size() >= 3, PATIENCE);

        assertEquals(
                notes, got.stream().map(r -> body(r).get("subject").asText()).toList(), "in commit order");
        for (WebhookReceiver.Received post : got) {
            assertEquals(expectedSignature(secret, post), post.signature(), "v1, HMAC-SHA256 of id.timestamp.body");
            JsonNode event = body(post);
            assertEquals("NoteWritten", event.get("type").asText());
            assertEquals("1.0", event.get("specversion").asText());
            assertNull(event.get("data"), "thin: the client reads the note through the API");
        }
        assertEquals(
                3, got.stream().map(WebhookReceiver.Received::id).distinct().count());
        JsonPath log = deliveries(subscription.getString("id"));
        assertEquals(List.of("DELIVERED", "DELIVERED", "DELIVERED"), log.getList("items.status"));
        assertEquals(got.get(2).id(), log.getString("items[0].id"), "newest first; its id is the webhook-id");
        assertEquals(
                log.getString("items[0].position"),
                get(subscription.getString("id")).getString("position"),
                "the subscription stands at its last delivery");
    }

    @Test
    void aPostAnswered500IsRetriedWithTheSameIdAndTheNextEventWaitsForIt() {
        String id = subscribe(Map.of("url", receiver.url())).getString("id");
        receiver.fail(2, 500);
        String first = note();
        String second = note();

        List<WebhookReceiver.Received> got = receiver.await(r -> r.size() >= 4, PATIENCE);

        List<String> subjects =
                got.stream().map(r -> body(r).get("subject").asText()).toList();
        assertEquals(List.of(first, first, first, second), subjects.subList(0, 4), "the second waits for the first");
        assertEquals(
                1,
                got.subList(0, 3).stream()
                        .map(WebhookReceiver.Received::id)
                        .distinct()
                        .count());
        JsonPath log = deliveries(id);
        assertEquals(3, log.getInt("items[1].attempts"));
        assertEquals("DELIVERED", log.getString("items[1].status"));
        assertEquals(204, log.getInt("items[1].responseCode"));
    }

    @Test
    void aTargetDownForTheWholeRetryPeriodFailsTheSubscriptionUntilItIsRedeliveredAndResumed() {
        String id = subscribe(Map.of("url", receiver.url())).getString("id");
        receiver.fail(Integer.MAX_VALUE, 503);
        String stuck = note();
        awaitStatus(id, "FAILING");
        meters.countFailing();
        assertTrue(metric("webhook_subscriptions_failing", "") >= 1, "the operator sees it on the metrics");
        assertTrue(metric("webhook_posts_total", "outcome=\"FAILED\"") >= 1);
        String failed = deliveries(id).getString("items[0].id");
        assertEquals("FAILED", deliveries(id).getString("items[0].status"));
        assertEquals(503, deliveries(id).getInt("items[0].responseCode"));
        String waiting = note();
        int before = receiver.received().size();

        receiver.fail(0, 503);
        given().auth()
                .oauth2(token)
                .post(WEBHOOKS + "/" + id + "/deliveries/" + failed + "/redeliveries")
                .then()
                .statusCode(200)
                .body("status", equalTo("DELIVERED"));
        assertEquals(before + 1, receiver.received().size(), "the redelivery is posted at once");
        assertEquals("FAILING", get(id).getString("status"), "no delivery goes out until it is resumed");

        changeStatus(id, "ACTIVE").statusCode(200);
        List<WebhookReceiver.Received> got = receiver.await(
                r -> r.stream().anyMatch(p -> body(p).get("subject").asText().equals(waiting)), PATIENCE);
        assertEquals(
                1,
                got.subList(before, got.size()).stream()
                        .filter(p -> body(p).get("subject").asText().equals(stuck))
                        .count(),
                "the redelivered event is not posted again on resuming");
    }

    /**
     * The hanging target's post has not even timed out (its attempt is not logged yet) when the other subscription's
     * post arrives: posters are not shared one after another.
     */
    @Test
    void aTargetThatHangsHoldsUpOnlyItsOwnSubscription() throws Exception {
        try (WebhookReceiver hanging = new WebhookReceiver()) {
            hanging.hold();
            String stuck = subscribe(Map.of("url", hanging.url())).getString("id");
            subscribe(Map.of("url", receiver.url()));
            String written = note();

            WebhookReceiver.Received post =
                    receiver.await(r -> !r.isEmpty(), PATIENCE).get(0);

            hanging.await(r -> !r.isEmpty(), PATIENCE);
            assertEquals(written, body(post).get("subject").asText());
            assertEquals(List.of(), deliveries(stuck).getList("items"), "the hanging post is still waiting");
            hanging.release();
        }
    }

    @Test
    void aPausedSubscriptionHoldsItsEventsUntilResumed() {
        String id = subscribe(Map.of("url", receiver.url())).getString("id");
        changeStatus(id, "PAUSED").statusCode(200);
        String held = note();
        await().during(Duration.ofMillis(600))
                .atMost(Duration.ofSeconds(2))
                .until(() -> receiver.received().isEmpty());

        changeStatus(id, "ACTIVE").statusCode(200);

        assertEquals(
                held,
                body(receiver.await(r -> !r.isEmpty(), PATIENCE).get(0))
                        .get("subject")
                        .asText());
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneSoTheReceiverMaySwitchInItsOwnTime() throws Exception {
        JsonPath subscription = subscribe(Map.of("url", receiver.url()));
        String id = subscription.getString("id");
        String old = subscription.getString("secret");

        JsonPath rotated = given().auth()
                .oauth2(token)
                .post(WEBHOOKS + "/" + id + "/secret-rotations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        note();

        WebhookReceiver.Received post =
                receiver.await(r -> !r.isEmpty(), PATIENCE).get(0);
        List<String> signatures = Arrays.asList(post.signature().split(" "));
        assertEquals(
                List.of(expectedSignature(rotated.getString("secret"), post), expectedSignature(old, post)),
                signatures);
        assertNotNull(rotated.getString("previousSecretUntil"));
        assertNull(get(id).getString("secret"), "a secret is shown only when it is made");
    }

    @Test
    void onlyTheTypesNamedAreDeliveredAndAStartPositionReplaysWhatFollowsIt() throws Exception {
        long start = TestTables.lastOutboxPosition(dataSource);
        String written = note();
        String id = subscribe(Map.of("url", receiver.url(), "types", List.of("NoteWritten"), "after", "" + start))
                .getString("id");
        String elsewhere = subscribe(Map.of("url", receiver.url(), "types", List.of("NoteArchived")))
                .getString("id");
        note();

        List<WebhookReceiver.Received> got = receiver.await(r -> r.size() >= 2, PATIENCE);

        assertEquals(written, body(got.get(0)).get("subject").asText(), "from the position asked for");
        assertEquals(List.of(), deliveries(elsewhere).getList("items"), "no NoteArchived event was written");
        assertEquals(2, deliveries(id).getList("items").size());
    }

    @Test
    void aSubscriptionOfASubtreeGetsOnlyTheEventsAboutIt() throws Exception {
        UUID subtree = organization();
        UUID elsewhere = organization();
        String id = subscribe(Map.of("url", receiver.url(), "organizationId", subtree.toString()))
                .getString("id");
        note(elsewhere);
        String inside = note(subtree);

        List<WebhookReceiver.Received> got = receiver.await(r -> !r.isEmpty(), PATIENCE);

        assertEquals(inside, body(got.get(0)).get("subject").asText(), "the other subtree's event was passed over");
        assertEquals(1, deliveries(id).getList("items").size());
        assertEquals(subtree.toString(), get(id).getString("organizationId"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void aSubscriptionOfAnOrganizationTheServiceDoesNotKnowIsRefusedWith404() {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        receiver.url(),
                        "organizationId",
                        UUID.randomUUID().toString()))
                .post(WEBHOOKS)
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
    }

    @Test
    void eachPostIsInTheShareLogWithThePurposeStatedOnSubscribing() throws Exception {
        given().auth()
                .oauth2(token)
                .header("Purpose-Of-Use", "HR sync")
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url()))
                .post(WEBHOOKS)
                .then()
                .statusCode(201);
        note();
        receiver.await(r -> !r.isEmpty(), PATIENCE);

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select kind, caller, purpose, resource, records from share_log"
                        + " where client_id = '" + client + "'")) {
            assertTrue(rows.next(), "the post is on record");
            assertEquals("WEBHOOK_DELIVERY", rows.getString(1));
            assertEquals("service-account-" + client, rows.getString(2));
            assertEquals("HR sync", rows.getString(3));
            assertEquals(receiver.url(), rows.getString(4));
            assertEquals(1, rows.getLong(5));
        }
    }

    @Test
    void aClientSeesOnlyItsOwnSubscriptionsAndAnAdminSeesEveryClients() {
        String id = subscribe(Map.of("url", receiver.url())).getString("id");
        String other = Tokens.ofClient("another-" + client, Set.of(Roles.INTEGRATION));

        given().auth().oauth2(other).get(WEBHOOKS + "/" + id).then().statusCode(404);
        given().auth().oauth2(other).delete(WEBHOOKS + "/" + id).then().statusCode(404);
        assertFalse(given().auth()
                .oauth2(other)
                .get(WEBHOOKS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id")
                .contains(id));
        assertEquals(
                List.of(id),
                given().auth()
                        .oauth2(Tokens.as(Roles.ADMIN))
                        .queryParam("clientId", client)
                        .get(WEBHOOKS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id"));
        given().auth().oauth2(Tokens.as(Roles.ORGANIZER)).get(WEBHOOKS).then().statusCode(403);

        given().auth().oauth2(token).delete(WEBHOOKS + "/" + id).then().statusCode(204);
        given().auth().oauth2(token).get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    /**
     * A client generated from the document asks a deletion, which answers no body, for a problem only ({@code Accept:
     * application/problem+json}); it was refused 406 (found by the guide's run end to end).
     */
    @Test
    void aGeneratedClientDeletesASubscriptionAcceptingOnlyAProblem() {
        String id = subscribe(Map.of("url", receiver.url())).getString("id");

        given().auth()
                .oauth2(token)
                .accept("application/problem+json")
                .delete(WEBHOOKS + "/" + id)
                .then()
                .statusCode(204);
        given().auth().oauth2(token).get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose
    void aTargetThatIsNoAbsoluteUrlOrAStatusTheServiceSetsIsRefusedWith400() {
        for (String url : List.of("http://", "https://user:pw@example.com/hook", "ftp://example.com/hook")) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(400);
        }
        String id = subscribe(Map.of("url", receiver.url())).getString("id");
        changeStatus(id, "FAILING").statusCode(400);
    }

    /** The value on {@code /q/metrics} of the series of {@code name} whose labels hold {@code label}. */
    private double metric(String name, String label) {
        return given().get(metrics)
                .asString()
                .lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .filter(line -> line.contains(label))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " " + label + " is not on /q/metrics"));
    }

    /** The test application's limit is 20 (partybloc.webhooks.max-per-client), the default. */
    @Test
    @InvalidRequestsOnPurpose
    void aClientHoldsAtMostTheConfiguredNumberOfSubscriptionsInAService() {
        for (int i = 0; i < 20; i++) {
            subscribe(Map.of("url", receiver.url()));
        }
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url()))
                .post(WEBHOOKS)
                .then()
                .statusCode(409)
                .body("detail", containsString("20"));
        assertEquals(
                20,
                given().auth()
                        .oauth2(token)
                        .get(WEBHOOKS)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id")
                        .size());
    }

    private JsonPath subscribe(Map<String, Object> request) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(request)
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .header("Location", containsString(WEBHOOKS + "/"))
                .extract()
                .jsonPath();
    }

    private JsonPath get(String id) {
        return given().auth()
                .oauth2(token)
                .get(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private JsonPath deliveries(String id) {
        return given().auth()
                .oauth2(token)
                .get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private ValidatableResponse changeStatus(String id, String status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post(WEBHOOKS + "/" + id + "/status-changes")
                .then();
    }

    private void awaitStatus(String id, String status) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> get(id).getString("status").equals(status));
    }

    /** A note written, and so a NoteWritten event; its id is the event's subject. */
    private static String note() {
        return note(Map.of("title", "webhook " + UUID.randomUUID()));
    }

    /** A note whose event is about {@code organizationId}. */
    private static String note(UUID organizationId) {
        return note(Map.of("title", "webhook " + UUID.randomUUID(), "organizationId", organizationId.toString()));
    }

    private static String note(Map<String, Object> request) {
        return given().auth()
                .oauth2(Tokens.as(Roles.ADMIN))
                .contentType(ContentType.JSON)
                .body(request)
                .post("/test/notes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An organization the service knows, at the root. */
    private UUID organization() throws Exception {
        UUID id = UUID.randomUUID();
        TestTables.placeOrganization(dataSource, id, "/" + id + "/");
        return id;
    }

    /** The signature a receiver computes on its own, per the Standard Webhooks specification. */
    private static String expectedSignature(String secret, WebhookReceiver.Received post) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed =
                mac.doFinal((post.id() + "." + post.timestamp() + "." + post.body()).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }

    private static JsonNode body(WebhookReceiver.Received post) {
        try {
            return JSON.readTree(post.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
