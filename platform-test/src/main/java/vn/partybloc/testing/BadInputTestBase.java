package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * The bad-input test every service inherits. Driven by the service's own OpenAPI document, it sends invalid requests
 * to every operation (malformed and wrong-typed bodies, unknown properties, missing required fields, out-of-range
 * numbers, oversized and odd Unicode strings, malformed ids, dates and enums, wrong content types) and asserts that
 * each answer is a 4xx problem+json, never a 2xx or 5xx, and that no table changed.
 */
@InvalidRequestsOnPurpose
public abstract class BadInputTestBase {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> UNCOUNTED_TABLES = List.of("flyway_schema_history", "idempotency_keys");

    /** A token whose roles may call every operation, so that input checks, not authorization, answer. */
    protected abstract String adminToken();

    /** At least this many requests in one run. */
    protected int minimumRequests() {
        return 1000;
    }

    protected long seed() {
        return 20_231_130L;
    }

    /** Values for path parameters that name existing resources (others get random ids). */
    protected Map<String, String> knownPathValues() {
        return Map.of();
    }

    @Test
    public void everyOperationAnswersBadInputWithA4xxProblemAndWritesNothing() throws Exception {
        JsonNode api = JSON.readTree(
                given().accept("application/json").get("/q/openapi?format=json").asString());
        List<Operation> operations = operations(api);
        assertTrue(!operations.isEmpty(), "the OpenAPI document lists no operation");
        Map<String, String> known = knownPathValues();
        Map<String, Long> before = tableCounts();
        Random random = new Random(seed());
        int perOperation = Math.max(30, (minimumRequests() + operations.size() - 1) / operations.size());
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations) {
            List<BadRequest> requests = new ArrayList<>();
            // jqwik's generators need a session when used outside a jqwik property.
            JqwikSession.run(() ->
                    requests.addAll(new BadRequestGenerator(api, operation, random, known).generate(perOperation)));
            for (BadRequest bad : requests) {
                sent++;
                Response response = send(operation, bad);
                int status = response.statusCode();
                String contentType = response.contentType();
                if (status < 400
                        || status >= 500
                        || contentType == null
                        || !contentType.startsWith("application/problem+json")) {
                    failures.add(
                            operation.method().toUpperCase() + " " + bad.path() + " [" + abbreviate(bad.description())
                                    + "] → " + status + " " + contentType + ": " + abbreviate(response.asString()));
                }
            }
        }
        assertTrue(sent >= minimumRequests(), "only " + sent + " requests were generated");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + sent + " bad requests were not answered with a 4xx problem:\n"
                        + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        assertEquals(before, tableCounts(), "bad requests changed the database");
    }

    private Response send(Operation operation, BadRequest bad) {
        RequestSpecification spec = given().urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + adminToken())
                .accept("application/json, application/problem+json");
        bad.query().forEach(spec::queryParam);
        if (bad.body() != null) {
            spec = spec.contentType(bad.contentType())
                    .body(bad.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return spec.request(operation.method().toUpperCase(), bad.path());
    }

    private static List<Operation> operations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    operations.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private static Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = PostgresResource.connect();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE'""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (UNCOUNTED_TABLES.contains(table)) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    record Operation(String path, String method, JsonNode spec) {}

    record BadRequest(String path, Map<String, String> query, String contentType, String body, String description) {}

    /** Generates requests that are invalid by construction, with jqwik's generators and a fixed seed. */
    static final class BadRequestGenerator {

        private static final Arbitrary<String> ODD_TEXT = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings()
                        .withChars('\u0000', '\u202e', '\u200b', '\ufeff', '\u0301', 'Đ', 'ễ', '"', '\\', '%', '_')
                        .ofMinLength(1)
                        .ofMaxLength(20),
                Arbitraries.of(
                        "\uD83D\uDE00\u0000",
                        "' or 1=1 --",
                        "<script>alert(1)</script>",
                        "../../etc/passwd",
                        "\u0000"));
        private static final Arbitrary<String> MALFORMED_ID = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of(
                        "not-a-uuid",
                        "00000000-0000-0000-0000-00000000000g",
                        "123",
                        "-1",
                        "%20",
                        "null",
                        "11111111-1111-1111-1111-1111111111111"));
        private static final Arbitrary<String> MALFORMED_DATE = Arbitraries.of(
                "2023-13-01",
                "2023-02-30",
                "30/06/2023",
                "yesterday",
                "2023-06-30T25:00:00",
                "20230630",
                "0000-00-00",
                "-1");
        private static final Arbitrary<String> MALFORMED_NUMBER =
                Arbitraries.of("abc", "1.5e999", "99999999999999999999", "-99999999999999999999", "NaN", "0x10", "1,5");

        private final JsonNode api;
        private final Operation operation;
        private final Random random;
        private final Map<String, String> knownPathValues;

        BadRequestGenerator(JsonNode api, Operation operation, Random random, Map<String, String> knownPathValues) {
            this.api = api;
            this.operation = operation;
            this.random = random;
            this.knownPathValues = knownPathValues;
        }

        List<BadRequest> generate(int count) {
            List<BadRequest> requests = new ArrayList<>();
            JsonNode bodySchema = bodySchema();
            String fileType = fileType();
            List<JsonNode> queryParams = parameters("query");
            List<JsonNode> pathParams = parameters("path");
            int attempts = 0;
            while (requests.size() < count && attempts++ < count * 20) {
                int kind = random.nextInt(10);
                BadRequest request = switch (kind) {
                    case 0, 1 -> pathParams.isEmpty() ? null : malformedPath(pathParams);
                    case 2, 3 -> queryParams.isEmpty() ? null : malformedQuery(queryParams);
                    default ->
                        fileType != null
                                ? badFile(fileType, kind)
                                : bodySchema == null ? null : badBody(bodySchema, kind);
                };
                if (request != null) {
                    requests.add(request);
                }
            }
            return requests;
        }

        private BadRequest malformedPath(List<JsonNode> pathParams) {
            JsonNode param = pathParams.get(random.nextInt(pathParams.size()));
            String value = sample(MALFORMED_ID);
            String encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            if (encoded.isEmpty() || encoded.equals(".") || encoded.equals("..")) {
                encoded = "x";
            }
            String path = fillPath(param.path("name").asText(), encoded);
            return new BadRequest(
                    path,
                    Map.of(),
                    "application/json",
                    bodyFor(),
                    "path " + param.path("name").asText() + "=" + value);
        }

        private BadRequest malformedQuery(List<JsonNode> queryParams) {
            JsonNode param = queryParams.get(random.nextInt(queryParams.size()));
            JsonNode schema = resolve(param.path("schema"));
            String value = invalidScalar(schema);
            if (value == null) {
                return null;
            }
            String encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            return new BadRequest(
                    fillPath(null, null),
                    Map.of(param.path("name").asText(), encoded),
                    "application/json",
                    bodyFor(),
                    "query " + param.path("name").asText() + "=" + abbreviate(value));
        }

        /** A value that the schema of a query parameter cannot accept, or null when any string is acceptable. */
        private String invalidScalar(JsonNode schema) {
            String type = schema.path("type").asText();
            String format = schema.path("format").asText();
            if (schema.has("enum")) {
                return "NOT_A_"
                        + sample(Arbitraries.strings().alpha().ofLength(6)).toUpperCase();
            }
            if (type.equals("integer") || type.equals("number")) {
                if (random.nextBoolean() && (schema.has("minimum") || schema.has("maximum"))) {
                    return schema.has("maximum")
                            ? Long.toString(schema.path("maximum").asLong() + 1 + random.nextInt(1000))
                            : Long.toString(schema.path("minimum").asLong() - 1 - random.nextInt(1000));
                }
                return sample(MALFORMED_NUMBER);
            }
            if (type.equals("boolean")) {
                return "maybe";
            }
            if (format.equals("uuid")) {
                return sample(MALFORMED_ID);
            }
            if (format.equals("date") || format.equals("date-time")) {
                return sample(MALFORMED_DATE);
            }
            if (schema.has("maxLength")) {
                return "x".repeat(schema.path("maxLength").asInt() + 1 + random.nextInt(2000));
            }
            if (schema.has("pattern")) {
                return "\u0000" + sample(ODD_TEXT);
            }
            return null;
        }

        private BadRequest badBody(JsonNode schema, int kind) {
            String path = fillPath(null, null);
            ObjectNode properties = (ObjectNode) schema.path("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            switch (kind) {
                case 4:
                    return syntax(path);
                case 5: {
                    ObjectNode body = oddObject(schema);
                    String unknown = "unknown"
                            + sample(
                                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
                    body.put(unknown, sample(ODD_TEXT));
                    return json(path, body, "unknown property " + unknown);
                }
                case 6: {
                    if (names.isEmpty()) {
                        return syntax(path);
                    }
                    String name = names.get(random.nextInt(names.size()));
                    ObjectNode body = oddObject(schema);
                    body.set(name, wrongType(resolve(properties.path(name))));
                    return json(path, body, "wrong type for " + name);
                }
                case 7: {
                    List<String> required = new ArrayList<>();
                    schema.path("required").forEach(r -> required.add(r.asText()));
                    if (required.isEmpty()) {
                        return syntax(path);
                    }
                    String missing = required.get(random.nextInt(required.size()));
                    ObjectNode body = oddObject(schema);
                    body.remove(missing);
                    return json(path, body, "missing required " + missing);
                }
                case 8: {
                    for (int tries = 0; tries < names.size() * 2 && !names.isEmpty(); tries++) {
                        String name = names.get(random.nextInt(names.size()));
                        JsonNode invalid = outOfRange(resolve(properties.path(name)));
                        if (invalid != null) {
                            ObjectNode body = oddObject(schema);
                            body.set(name, invalid);
                            return json(path, body, "out of range " + name);
                        }
                    }
                    return syntax(path);
                }
                default:
                    return new BadRequest(
                            path, Map.of(), "text/plain", "name=" + sample(ODD_TEXT), "wrong content type");
            }
        }

        /** The media type of an operation that takes a CSV or NDJSON file (a bulk import), or null. */
        private String fileType() {
            JsonNode content = operation.spec().path("requestBody").path("content");
            return content.has("text/csv")
                    ? "text/csv"
                    : content.has("application/x-ndjson") ? "application/x-ndjson" : null;
        }

        /**
         * Files refused whole: no rows, unknown CSV columns, the wrong media type. (An NDJSON line that is not a valid
         * row is a row error of an accepted job, not a 4xx, so it is not generated here.)
         */
        private BadRequest badFile(String type, int kind) {
            String path = fillPath(null, null);
            return switch (kind % 3) {
                case 0 ->
                    new BadRequest(
                            path,
                            Map.of(),
                            type,
                            sample(Arbitraries.of("", "\n", "\n\n  \n", "\r\n")),
                            "a file without rows");
                case 1 ->
                    new BadRequest(
                            path,
                            Map.of(),
                            "text/csv",
                            "x"
                                    + sample(Arbitraries.strings()
                                            .alpha()
                                            .ofMinLength(1)
                                            .ofMaxLength(20)) + ","
                                    + sample(ODD_TEXT).replace("\n", " ") + "\n1,2\n",
                            "unknown CSV columns");
                default ->
                    new BadRequest(
                            path,
                            Map.of(),
                            sample(Arbitraries.of("text/plain", "application/xml", "application/octet-stream")),
                            sample(ODD_TEXT),
                            "wrong content type");
            };
        }

        private BadRequest syntax(String path) {
            String body = sample(Arbitraries.of(
                    "",
                    "{",
                    "{\"a\":",
                    "[]",
                    "null",
                    "\"text\"",
                    "42",
                    "{\"a\" 1}",
                    "{}}",
                    "[{}]",
                    "\u0000",
                    "{\"name\":\"\\ud800\"",
                    "tru"));
            return new BadRequest(path, Map.of(), "application/json", body, "malformed JSON " + abbreviate(body));
        }

        private BadRequest json(String path, JsonNode body, String description) {
            try {
                return new BadRequest(path, Map.of(), "application/json", JSON.writeValueAsString(body), description);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** An object with the schema's properties filled with random values, valid or not. */
        private ObjectNode oddObject(JsonNode schema) {
            ObjectNode body = NODES.objectNode();
            schema.path("properties").fields().forEachRemaining(p -> {
                if (random.nextInt(4) > 0) {
                    body.set(p.getKey(), randomValue(resolve(p.getValue()), 0));
                }
            });
            return body;
        }

        private JsonNode randomValue(JsonNode schema, int depth) {
            String type = schema.path("type").asText();
            if (schema.has("enum") && random.nextBoolean()) {
                JsonNode values = schema.path("enum");
                return values.get(random.nextInt(values.size()));
            }
            return switch (type) {
                case "integer" -> NODES.numberNode(random.nextInt(2000) - 1000);
                case "number" -> NODES.numberNode(random.nextDouble() * 1000);
                case "boolean" -> NODES.booleanNode(random.nextBoolean());
                case "array" -> {
                    var array = NODES.arrayNode();
                    if (depth < 2) {
                        for (int i = random.nextInt(3); i > 0; i--) {
                            array.add(randomValue(resolve(schema.path("items")), depth + 1));
                        }
                    }
                    yield array;
                }
                case "object" -> depth < 2 ? oddObject(schema) : NODES.objectNode();
                default -> {
                    String format = schema.path("format").asText();
                    if (format.equals("uuid") && random.nextBoolean()) {
                        yield NODES.textNode(java.util.UUID.randomUUID().toString());
                    }
                    if (format.equals("date") && random.nextBoolean()) {
                        yield NODES.textNode("2023-06-30");
                    }
                    yield NODES.textNode(sample(ODD_TEXT));
                }
            };
        }

        private JsonNode wrongType(JsonNode schema) {
            String type = schema.path("type").asText();
            return switch (type) {
                case "string" ->
                    random.nextBoolean()
                            ? NODES.objectNode().put("x", 1)
                            : NODES.arrayNode().add(1);
                case "integer", "number" ->
                    random.nextBoolean() ? NODES.textNode(sample(MALFORMED_NUMBER)) : NODES.arrayNode();
                case "boolean" -> NODES.textNode("maybe");
                case "array" -> NODES.textNode(sample(ODD_TEXT));
                default -> NODES.arrayNode().add(NODES.arrayNode());
            };
        }

        private JsonNode outOfRange(JsonNode schema) {
            String type = schema.path("type").asText();
            String format = schema.path("format").asText();
            if (schema.has("enum")) {
                return NODES.textNode("NOT_A_VALUE_" + random.nextInt(1000));
            }
            if (type.equals("string")) {
                if (format.equals("uuid")) {
                    return NODES.textNode(sample(MALFORMED_ID));
                }
                if (format.equals("date") || format.equals("date-time")) {
                    return NODES.textNode(sample(MALFORMED_DATE));
                }
                if (schema.has("maxLength")) {
                    return NODES.textNode("Đ".repeat(schema.path("maxLength").asInt() + 1 + random.nextInt(100_000)));
                }
                if (schema.has("pattern")) {
                    return NODES.textNode("\u0000");
                }
                return null;
            }
            if (type.equals("integer") || type.equals("number")) {
                if (schema.has("maximum")) {
                    return NODES.numberNode(schema.path("maximum").asLong() + 1 + random.nextInt(1000));
                }
                if (schema.has("minimum")) {
                    return NODES.numberNode(schema.path("minimum").asLong() - 1 - random.nextInt(1000));
                }
                return NODES.numberNode(new java.math.BigInteger("9".repeat(30)));
            }
            return null;
        }

        private String bodyFor() {
            JsonNode schema = bodySchema();
            if (schema == null) {
                return null;
            }
            // A body that is itself valid JSON but incomplete, so only the malformed parameter is on trial.
            return "{}";
        }

        private JsonNode bodySchema() {
            JsonNode content = operation.spec().path("requestBody").path("content");
            JsonNode media = content.has("application/json")
                    ? content.path("application/json")
                    : content.has("application/merge-patch+json") ? content.path("application/merge-patch+json") : null;
            if (media == null) {
                return null;
            }
            JsonNode schema = resolve(media.path("schema"));
            return schema.path("properties").isObject() ? schema : null;
        }

        private List<JsonNode> parameters(String in) {
            List<JsonNode> result = new ArrayList<>();
            operation.spec().path("parameters").forEach(p -> {
                JsonNode param = resolve(p);
                if (in.equals(param.path("in").asText())) {
                    result.add(param);
                }
            });
            return result;
        }

        private String fillPath(String malformedName, String malformedValue) {
            String path = operation.path();
            for (JsonNode param : parameters("path")) {
                String name = param.path("name").asText();
                String value = name.equals(malformedName)
                        ? malformedValue
                        : knownPathValues.getOrDefault(
                                name, java.util.UUID.randomUUID().toString());
                path = path.replace("{" + name + "}", value);
            }
            return path;
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int i = 0; i < 10 && current.has("$ref"); i++) {
                String ref = current.path("$ref").asText();
                current = api.at(ref.substring(1));
            }
            if (current.has("allOf") && current.path("allOf").size() == 1) {
                return resolve(current.path("allOf").get(0));
            }
            return current;
        }

        private <T> T sample(Arbitrary<T> arbitrary) {
            return arbitrary.generator(100).next(random).value();
        }
    }
}
