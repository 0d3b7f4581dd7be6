package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.sessions.JqwikSession;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The bad-input test every service inherits. Driven by the service's own OpenAPI document, for every operation it
 * first sends the valid request (the document's example, with ids of rows the service seeded) and expects it to be
 * accepted; then it sends invalid requests, most of them that request with one thing broken (malformed and
 * wrong-typed bodies, unknown properties, missing required fields, out-of-range numbers, oversized and odd Unicode
 * strings, malformed ids, dates and enums, wrong content types). Each answer must be a problem+json; where every path
 * id names an existing row it must come from validation (400, 413, 415 or 422), and where an id was malformed it
 * may be 404. Once per operation it also asks for XML instead of JSON (406, a problem) and, where the operation takes
 * a body, sends one over the service's {@code quarkus.http.limits.max-body-size} (413). No table's content may change
 * (a checksum per table, so an UPDATE counts), and every operation must receive its share of requests, enough of them
 * reaching validation.
 */
@InvalidRequestsOnPurpose
public abstract class BadInputTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> VALIDATION_ANSWERS = Set.of(400, 413, 415, 422);
    private static final Set<Integer> MISSING_ROW_ANSWERS = Set.of(400, 404);

    /** A token whose roles may call every operation, so that input checks, not authorization, answer. */
    protected abstract String adminToken();

    /**
     * Ids of existing rows, created once by the service's test, for every path parameter in its document. Keyed by
     * the path (without {@code /api/v1/}) up to the parameter, e.g. {@code courses/{id}} and
     * {@code courses/{id}/enrollments/{enrollmentId}}; an entry for an operation's whole path (e.g.
     * {@code organizations/{id}/dissolutions}) gives that operation's last parameter a row of its own, for a write
     * that would use up the shared one.
     */
    protected abstract Map<String, String> existingIds() throws Exception;

    /** Values for body properties and query parameters by name (e.g. {@code organizationId}) in the valid requests. */
    protected Map<String, String> fieldValues() {
        return Map.of();
    }

    /** Valid bodies the document's examples cannot give (domain rules), by operation, e.g. {@code POST /api/v1/x}. */
    protected Map<String, String> validBodies() {
        return Map.of();
    }

    /**
     * Operations whose valid request cannot be built from the document and the seeded rows, each with the reason;
     * they get no positive control. Naming an operation that no longer exists fails the test.
     */
    protected Map<String, String> withoutPositiveControl() {
        return Map.of();
    }

    /** At least this many requests in one run. */
    protected int minimumRequests() {
        return 1000;
    }

    /** At least this many invalid requests per operation. */
    protected int minimumPerOperation() {
        return 30;
    }

    /** At least this many per operation with a body or query parameters that, aimed at existing rows, reach validation. */
    protected int minimumReachingValidation() {
        return 10;
    }

    protected long seed() {
        return 20_231_130L;
    }

    @Test
    public void everyOperationAnswersBadInputWithA4xxProblemAndWritesNothing() throws Exception {
        JsonNode api = JSON.readTree(
                given().accept("application/json").get("/q/openapi?format=json").asString());
        List<ApiOperation> operations = ApiOperation.all(api);
        assertTrue(!operations.isEmpty(), "the OpenAPI document lists no operation");
        Map<String, String> existing = new HashMap<>(existingIds());
        Map<String, String> fields = fieldValues();
        Map<String, String> bodies = new HashMap<>(validBodies());
        Map<String, String> exempt = new HashMap<>(withoutPositiveControl());
        // Every service's webhooks (platform) are tried the same way, on a subscription of their own.
        for (String context : WebhookFixture.contextsOf(
                operations.stream().map(ApiOperation::path).toList())) {
            existing.putAll(WebhookFixture.existingIds(context));
            bodies.putAll(WebhookFixture.validBodies(context));
            exempt.putAll(WebhookFixture.withoutPositiveControl(context));
        }
        // And every service's code lists (platform), on a list the service keeps.
        operations.stream()
                .map(ApiOperation::path)
                .filter(path -> path.matches("/api/v1/code-lists/[a-z]+"))
                .forEach(path -> existing.put(path.substring("/api/v1/".length()) + "/{name}", aCodeList(path)));
        assertDeclarationsNameOperations(operations, exempt, bodies);

        Random random = new Random(seed());
        Map<ApiOperation, ValidRequests> validRequests = new LinkedHashMap<>();
        List<String> missingIds = new ArrayList<>();
        for (ApiOperation operation : operations) {
            Map<String, String> pathIds = pathIds(operation, existing, missingIds);
            validRequests.put(
                    operation, new ValidRequests(api, operation, pathIds, fields, bodies.get(operation.key())));
        }
        assertTrue(
                missingIds.isEmpty(),
                "existingIds() gives no row for these path parameters:\n" + String.join("\n", missingIds));

        List<String> refusedControls = new ArrayList<>();
        // Reads first, so that a write's positive control cannot change what a read of the same row answers.
        for (ApiOperation operation : readsFirst(operations)) {
            if (!exempt.containsKey(operation.key())) {
                ApiRequest valid = validRequests.get(operation).valid();
                PlainHttp.Answer response = send(operation, valid);
                if (response.status() < 200 || response.status() >= 300) {
                    refusedControls.add(describe(operation, valid, response));
                }
            }
        }
        assertTrue(
                refusedControls.isEmpty(),
                refusedControls.size() + " positive controls (the valid request the bad ones break) were refused:\n"
                        + String.join("\n", refusedControls));

        // The positive controls may write (and an import runs after its answer): compare from here on.
        Map<String, String> before = TableChecksums.settled();
        int perOperation =
                Math.max(minimumPerOperation(), (minimumRequests() + operations.size() - 1) / operations.size());
        int sent = 0;
        List<String> failures = new ArrayList<>();
        List<String> belowMinimum = new ArrayList<>();
        for (ApiOperation operation : operations) {
            ValidRequests valid = validRequests.get(operation);
            BadRequestGenerator generator = new BadRequestGenerator(valid, random);
            List<ApiRequest> requests = new ArrayList<>();
            // jqwik's generators need a session when used outside a jqwik property.
            JqwikSession.run(() -> requests.addAll(generator.generate(perOperation)));
            int reachedValidation = 0;
            for (ApiRequest bad : requests) {
                sent++;
                PlainHttp.Answer response = send(operation, bad);
                int status = response.status();
                String contentType = response.contentType();
                Set<Integer> expected = bad.existingIds() ? VALIDATION_ANSWERS : MISSING_ROW_ANSWERS;
                if (!expected.contains(status)
                        || contentType == null
                        || !contentType.startsWith("application/problem+json")) {
                    failures.add("expected " + new TreeSet<>(expected) + ": " + describe(operation, bad, response));
                } else if (bad.existingIds()) {
                    reachedValidation++;
                }
            }
            boolean tooFew = !operation.takesNoInput()
                    && (requests.size() < minimumPerOperation()
                            || (valid.validates() && reachedValidation < minimumReachingValidation()));
            if (tooFew) {
                belowMinimum.add(operation.key() + ": " + requests.size() + " sent, " + reachedValidation
                        + " reached validation with existing ids");
            }
        }
        assertTrue(sent >= minimumRequests(), "only " + sent + " requests were generated");
        sent += sendNotAcceptableAndOversized(operations, validRequests, failures);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + sent + " bad requests were not answered as expected:\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(
                belowMinimum.isEmpty(),
                "operations below the minimum (" + minimumPerOperation() + " requests, " + minimumReachingValidation()
                        + " reaching validation):\n" + String.join("\n", belowMinimum));
        Map<String, String> after = TableChecksums.take();
        assertEquals(List.of(), TableChecksums.changed(before, after), "bad requests changed these tables");
    }

    /**
     * Once per operation, not per generated case, to keep the run short: the valid request asking for XML, which no
     * operation answers, must be refused with a 406 problem; where it has a body, the body sent without
     * {@code Content-Type} with 415, and one over the service's limit with 413.
     */
    private int sendNotAcceptableAndOversized(
            List<ApiOperation> operations, Map<ApiOperation, ValidRequests> validRequests, List<String> failures)
            throws Exception {
        long oversized = oversizedLength();
        int sent = 0;
        for (ApiOperation operation : operations) {
            ApiRequest valid = validRequests.get(operation).valid();
            sent++;
            PlainHttp.Answer xml = send(operation, valid, "application/xml");
            String contentType = xml.contentType();
            if (xml.status() != 406 || contentType == null || !contentType.startsWith("application/problem+json")) {
                failures.add("expected [406] for Accept: application/xml: " + describe(operation, valid, xml));
            }
            if (valid.contentType() != null) {
                sent += 2;
                HttpResponse<String> untyped = sendWithoutContentType(operation, valid);
                if (untyped.statusCode() != 415
                        || !untyped.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith("application/problem+json")) {
                    failures.add("expected a [415] problem for a body without Content-Type: " + operation.key() + " → "
                            + untyped.statusCode() + " " + ApiRequest.abbreviate(untyped.body()));
                }
                AnnouncedBody.Answer answer = sendOversized(operation, valid, oversized);
                if (answer.status() != 413 || !answer.isProblem()) {
                    failures.add("expected a [413] problem for a body of " + oversized + " bytes: " + operation.key()
                            + " → " + answer.raw());
                }
            }
        }
        return sent;
    }

    /** The valid request with its body but no {@code Content-Type} (the JDK's client adds none). */
    private HttpResponse<String> sendWithoutContentType(ApiOperation operation, ApiRequest valid) throws Exception {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + valid.path() + queryString(valid));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + adminToken())
                                .header("Accept", "application/json, application/problem+json")
                                .method(
                                        operation.method().toUpperCase(),
                                        HttpRequest.BodyPublishers.ofString(valid.body(), StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** One byte over the service's {@code quarkus.http.limits.max-body-size}. */
    private static long oversizedLength() {
        return ConfigProvider.getConfig()
                        .getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                        .asLongValue()
                + 1;
    }

    /** Announced with {@code Expect: 100-continue}: the service refuses it by its length, before reading it. */
    private AnnouncedBody.Answer sendOversized(ApiOperation operation, ApiRequest valid, long length) throws Exception {
        return AnnouncedBody.send(
                operation.method().toUpperCase(),
                valid.path() + queryString(valid),
                Map.of("Authorization", "Bearer " + adminToken(), "Content-Type", valid.contentType()),
                length);
    }

    private static String queryString(ApiRequest request) {
        StringBuilder query = new StringBuilder();
        request.query()
                .forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(value));
        return query.toString();
    }

    private static void assertDeclarationsNameOperations(
            List<ApiOperation> operations, Map<String, String> exempt, Map<String, String> bodies) {
        Set<String> keys = new TreeSet<>();
        operations.forEach(o -> keys.add(o.key()));
        Set<String> unknown = new TreeSet<>(exempt.keySet());
        unknown.addAll(bodies.keySet());
        unknown.removeAll(keys);
        assertEquals(Set.of(), unknown, "the test names operations the document does not have");
    }

    /** The existing id for each path parameter, by the operation's whole path first, then by the path up to it. */
    /** The name of the first code list the service answers at {@code path}. */
    private static String aCodeList(String path) {
        return given().auth()
                .oauth2(Tokens.as("admin"))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path("lists[0].name");
    }

    private static Map<String, String> pathIds(
            ApiOperation operation, Map<String, String> existing, List<String> missing) {
        String path = operation.path().replaceFirst("^/api/v1/", "");
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : placeholders(path)) {
            String placeholder = "{" + name + "}";
            String upTo = path.substring(0, path.indexOf(placeholder) + placeholder.length());
            boolean last = path.lastIndexOf('{') == path.indexOf(placeholder);
            String id = last && existing.containsKey(path) ? existing.get(path) : existing.get(upTo);
            if (id == null) {
                missing.add(operation.key() + ": " + upTo);
            } else {
                ids.put(name, id);
            }
        }
        return ids;
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', open + 1)) {
            names.add(path.substring(open + 1, path.indexOf('}', open)));
        }
        return names;
    }

    private static List<ApiOperation> readsFirst(List<ApiOperation> operations) {
        List<ApiOperation> ordered = new ArrayList<>();
        operations.stream().filter(ApiOperation::reads).forEach(ordered::add);
        operations.stream().filter(o -> !o.reads()).forEach(ordered::add);
        return ordered;
    }

    /** Through {@link PlainHttp}: the test sends thousands of requests, and rest-assured costs more than they do. */
    private PlainHttp.Answer send(ApiOperation operation, ApiRequest request) {
        return send(operation, request, operation.accept());
    }

    private PlainHttp.Answer send(ApiOperation operation, ApiRequest request, String accept) {
        return PlainHttp.send(
                adminToken(),
                operation.method().toUpperCase(),
                request.path() + queryString(request),
                accept,
                request.contentType(),
                request.body());
    }

    private static String describe(ApiOperation operation, ApiRequest request, PlainHttp.Answer answer) {
        return operation.method().toUpperCase() + " " + request.path() + " " + request.query() + " ["
                + ApiRequest.abbreviate(request.description()) + "] → " + answer.status() + " "
                + answer.contentType() + ": " + ApiRequest.abbreviate(answer.body());
    }
}
