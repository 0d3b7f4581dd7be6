package vn.partybloc.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * A service's webhook subscription for its access table (docs/security.md, "webhooks"): held by the client of the
 * {@code admin} and {@code integration} tokens, with one delivery logged. Its target is an address of TEST-NET-1, public
 * by the address rules and never answering; the services' tests retry a delivery for no time
 * ({@code partybloc.webhooks.retry-for=0s}), so the first failure leaves it FAILING, and nothing changes what it reads
 * until a write does.
 */
public final class WebhookFixture {

    public static final String TARGET = "https://192.0.2.1/partybloc-access-test";

    /**
     * A creation's body: its position is past any event the test will write, so that it never delivers and reads the
     * same until a write changes it, whatever the other fixtures write meanwhile.
     */
    private static final String CREATION = "{\"url\":\"" + TARGET + "\",\"after\":\"999999999999999999\"}";

    private static final Map<Object, WebhookFixture> OF_OWNER = Collections.synchronizedMap(new IdentityHashMap<>());

    private final String base;
    private final String subscription;
    private final String delivery;

    private WebhookFixture(String base, String subscription, String delivery) {
        this.base = base;
        this.subscription = subscription;
        this.delivery = delivery;
    }

    /** {@code context} as in {@code /api/v1/webhooks/<context>}; from the feed's start, so a delivery is tried at once. */
    public static WebhookFixture found(String context) {
        String base = "/api/v1/webhooks/" + context;
        String admin = Tokens.as("admin");
        String id = JsonBodies.createdId(given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("url", TARGET, "after", "0"))
                .post(base)
                .then());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "FAILING"
                        .equals(JsonBodies.text(
                                given().auth()
                                        .oauth2(admin)
                                        .get(base + "/" + id)
                                        .then()
                                        .statusCode(200),
                                "/status")));
        String delivery = JsonBodies.text(
                given().auth()
                        .oauth2(admin)
                        .get(base + "/" + id + "/deliveries")
                        .then()
                        .statusCode(200),
                "/items/0/id");
        return new WebhookFixture(base, id, delivery);
    }

    /** The subscription of a service's fixture {@code owner}, founded the first time an operation needs it. */
    public static WebhookFixture of(Object owner, String context) {
        return OF_OWNER.computeIfAbsent(owner, o -> found(context));
    }

    /** What a webhook write changes, once {@code owner} has its subscription; nothing before. */
    public static List<String> reads(Object owner) {
        WebhookFixture fixture = OF_OWNER.get(owner);
        return fixture == null
                ? List.of()
                : List.of(
                        fixture.base,
                        fixture.base + "/" + fixture.subscription,
                        fixture.base + "/" + fixture.subscription + "/deliveries");
    }

    /** The url of a documented webhook read aimed at {@code owner}'s subscription; null for any other operation. */
    public static String readUrl(Object owner, String context, String operation) {
        String path = operation.substring("GET ".length());
        return path.startsWith("/api/v1/webhooks/") ? of(owner, context).aimed(path) : null;
    }

    private String aimed(String path) {
        return path.replace("{id}", subscription).replace("{deliveryId}", delivery);
    }

    /** A service's valid request for each write, {@code others} and those of its webhooks, {@code context}'s. */
    public static <F> Map<String, Function<F, AccessMatrix.Request>> withWrites(
            String context, Map<String, Function<F, AccessMatrix.Request>> others) {
        Map<String, Function<F, AccessMatrix.Request>> all = new HashMap<>(others);
        all.putAll(writes(context));
        return Map.copyOf(all);
    }

    private static <F> Map<String, Function<F, AccessMatrix.Request>> writes(String context) {
        String base = "/api/v1/webhooks/" + context;
        Function<F, WebhookFixture> of = owner -> of(owner, context);
        return Map.of(
                "POST " + base,
                f -> {
                    of.apply(f);
                    return AccessMatrix.Request.json("POST", base, CREATION);
                },
                "DELETE " + base + "/{id}",
                f -> new AccessMatrix.Request("DELETE", of.apply(f).aimed(base + "/{id}"), null, null),
                "POST " + base + "/{id}/status-changes",
                f -> AccessMatrix.Request.json(
                        "POST", of.apply(f).aimed(base + "/{id}/status-changes"), "{\"status\":\"PAUSED\"}"),
                "POST " + base + "/{id}/secret-rotations",
                f -> new AccessMatrix.Request("POST", of.apply(f).aimed(base + "/{id}/secret-rotations"), null, null),
                "POST " + base + "/{id}/deliveries/{deliveryId}/redeliveries",
                f -> new AccessMatrix.Request(
                        "POST", of.apply(f).aimed(base + "/{id}/deliveries/{deliveryId}/redeliveries"), null, null));
    }

    /** The contexts whose webhooks a service's document lists: {@code members} for {@code /api/v1/webhooks/members}. */
    static Set<String> contextsOf(List<String> paths) {
        return paths.stream()
                .filter(path -> path.startsWith("/api/v1/webhooks/"))
                .map(path -> path.substring("/api/v1/webhooks/".length()).split("/")[0])
                .collect(Collectors.toSet());
    }

    /** For {@link BadInputTestBase}: a subscription and its delivery, keyed as {@code existingIds()} keys rows. */
    static Map<String, String> existingIds(String context) {
        WebhookFixture fixture = found(context);
        return Map.of(
                "webhooks/" + context + "/{id}",
                fixture.subscription,
                "webhooks/" + context + "/{id}/deliveries/{deliveryId}",
                fixture.delivery);
    }

    /** A creation that is valid offline: the document's example names a host this machine cannot resolve. */
    static Map<String, String> validBodies(String context) {
        return Map.of("POST /api/v1/webhooks/" + context, CREATION);
    }

    static Map<String, String> withoutPositiveControl(String context) {
        return Map.of(
                "DELETE /api/v1/webhooks/" + context + "/{id}",
                "deleting the subscription would leave the other webhook operations nothing to act on; WebhookTest"
                        + " deletes one");
    }

    /** The writes of {@code context} that a read-only role with the {@code integration} role may still make. */
    public static Set<String> integrationWrites(String context) {
        return writes(context).keySet();
    }
}
