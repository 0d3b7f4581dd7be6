package vn.partybloc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Builds, for one operation, the valid request (from the document's examples and the service's existing ids) and
 * requests that are invalid by construction, most of them that valid request with one thing broken. Uses jqwik's
 * generators with the caller's seeded {@link Random}.
 */
final class BadRequestGenerator {

    /** A request; {@code existingIds} is false when a path parameter was deliberately malformed. */
    record Request(
            String path,
            Map<String, String> query,
            String contentType,
            String body,
            String description,
            boolean existingIds) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Arbitrary<String> ODD_TEXT = Arbitraries.oneOf(
            Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
            Arbitraries.strings()
                    .withChars('\u0000', '\u202e', '\u200b', '\ufeff', '\u0301', 'Đ', 'ễ', '"', '\\', '%', '_')
                    .ofMinLength(1)
                    .ofMaxLength(20),
            Arbitraries.of(
                    "\uD83D\uDE00\u0000", "' or 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "\u0000"));
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
            Arbitraries.of("abc", "1.5e999x", "99999999999999999999", "-99999999999999999999", "NaN", "0x10", "1,5");

    private final JsonNode api;
    private final ApiOperation operation;
    private final Random random;
    private final Map<String, String> pathIds;
    private final Map<String, String> fieldValues;
    private final String validBodyOverride;

    /**
     * @param pathIds an existing id for every path parameter of the operation
     * @param fieldValues values for body properties and query parameters by name (e.g. {@code organizationId})
     * @param validBodyOverride the service's own valid body for the operation, or null to build it from the document
     */
    BadRequestGenerator(
            JsonNode api,
            ApiOperation operation,
            Random random,
            Map<String, String> pathIds,
            Map<String, String> fieldValues,
            String validBodyOverride) {
        this.api = api;
        this.operation = operation;
        this.random = random;
        this.pathIds = pathIds;
        this.fieldValues = fieldValues;
        this.validBodyOverride = validBodyOverride;
    }

    /** Whether the operation has a body or query parameters to validate once its path names existing rows. */
    boolean validates() {
        return bodyMediaType() != null || !parameters("query").isEmpty();
    }

    /** The request that the bad ones break: existing ids, the required query parameters, the example body. */
    Request valid() {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode param : parameters("query")) {
            if (param.path("required").asBoolean()) {
                String name = param.path("name").asText();
                JsonNode value = fieldValues.containsKey(name)
                        ? NODES.textNode(fieldValues.get(name))
                        : validValue(param.path("schema"), param.path("example"), 0);
                query.put(name, encode(value.asText()));
            }
        }
        String mediaType = bodyMediaType();
        String body = null;
        if (mediaType != null) {
            body = validBodyOverride != null ? validBodyOverride : validBody(mediaType);
        }
        return new Request(fillPath(null, null), query, mediaType, body, "the valid request", true);
    }

    List<Request> generate(int count) {
        List<Request> requests = new ArrayList<>();
        String fileType = fileType();
        JsonNode bodySchema = bodySchema();
        List<JsonNode> queryParams = parameters("query");
        List<JsonNode> pathParams = parameters("path");
        int attempts = 0;
        while (requests.size() < count && attempts++ < count * 20) {
            int kind = random.nextInt(10);
            Request request = switch (kind) {
                case 0, 1 -> pathParams.isEmpty() ? null : malformedPath(pathParams);
                case 2, 3 -> queryParams.isEmpty() ? null : malformedQuery(queryParams);
                default ->
                    fileType != null ? badFile(fileType, kind) : bodySchema == null ? null : badBody(bodySchema, kind);
            };
            if (request != null) {
                requests.add(request);
            }
        }
        return requests;
    }

    private Request malformedPath(List<JsonNode> pathParams) {
        JsonNode param = pathParams.get(random.nextInt(pathParams.size()));
        String value = sample(MALFORMED_ID);
        String encoded = encode(value);
        if (encoded.isEmpty() || encoded.equals(".") || encoded.equals("..")) {
            encoded = "x";
        }
        Request valid = valid();
        return new Request(
                fillPath(param.path("name").asText(), encoded),
                valid.query(),
                valid.contentType(),
                valid.body(),
                "path " + param.path("name").asText() + "=" + value,
                false);
    }

    private Request malformedQuery(List<JsonNode> queryParams) {
        JsonNode param = queryParams.get(random.nextInt(queryParams.size()));
        String value = invalidScalar(resolve(param.path("schema")));
        if (value == null) {
            return null;
        }
        Request valid = valid();
        Map<String, String> query = new LinkedHashMap<>(valid.query());
        query.put(param.path("name").asText(), encode(value));
        return new Request(
                valid.path(),
                query,
                valid.contentType(),
                valid.body(),
                "query " + param.path("name").asText() + "=" + abbreviate(value),
                true);
    }

    /** A value that the schema of a query parameter cannot accept, or null when any string is acceptable. */
    private String invalidScalar(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum")) {
            return "NOT_A_" + sample(Arbitraries.strings().alpha().ofLength(6)).toUpperCase();
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

    private Request badBody(JsonNode schema, int kind) {
        ObjectNode properties = (ObjectNode) schema.path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        switch (kind) {
            case 4:
                return syntax();
            case 5: {
                ObjectNode body = startingBody(schema);
                String unknown = "unknown"
                        + sample(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
                body.put(unknown, sample(ODD_TEXT));
                return json(body, "unknown property " + unknown);
            }
            case 6: {
                if (names.isEmpty()) {
                    return syntax();
                }
                String name = names.get(random.nextInt(names.size()));
                ObjectNode body = startingBody(schema);
                body.set(name, wrongType(resolve(properties.path(name))));
                return json(body, "wrong type for " + name);
            }
            case 7: {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                if (required.isEmpty()) {
                    return syntax();
                }
                String missing = required.get(random.nextInt(required.size()));
                ObjectNode body = startingBody(schema);
                body.remove(missing);
                return json(body, "missing required " + missing);
            }
            case 8: {
                for (int tries = 0; tries < names.size() * 2 && !names.isEmpty(); tries++) {
                    String name = names.get(random.nextInt(names.size()));
                    JsonNode invalid = outOfRange(resolve(properties.path(name)));
                    if (invalid != null) {
                        ObjectNode body = startingBody(schema);
                        body.set(name, invalid);
                        return json(body, "out of range " + name);
                    }
                }
                return syntax();
            }
            default:
                return request("text/plain", "name=" + sample(ODD_TEXT), "wrong content type");
        }
    }

    /** Half the time the valid body (so that only the broken part is on trial), half a body of random values. */
    private ObjectNode startingBody(JsonNode schema) {
        if (random.nextBoolean()) {
            try {
                JsonNode valid = JSON.readTree(valid().body());
                if (valid instanceof ObjectNode object) {
                    return object;
                }
            } catch (Exception e) {
                // An override that is not an object: fall back to random values.
            }
        }
        return oddObject(schema);
    }

    /** The media type of an operation that takes a CSV or NDJSON file (a bulk import), or null. */
    private String fileType() {
        JsonNode content = operation.spec().path("requestBody").path("content");
        return content.has("text/csv")
                ? "text/csv"
                : content.has("application/x-ndjson") ? "application/x-ndjson" : null;
    }

    /**
     * Files refused whole: no rows, unknown CSV columns, the wrong media type. (An NDJSON line that is not a valid row
     * is a row error of an accepted job, not a 4xx, so it is not generated here.)
     */
    private Request badFile(String type, int kind) {
        return switch (kind % 3) {
            case 0 -> request(type, sample(Arbitraries.of("", "\n", "\n\n  \n", "\r\n")), "a file without rows");
            case 1 ->
                request(
                        "text/csv",
                        "x"
                                + sample(Arbitraries.strings()
                                        .alpha()
                                        .ofMinLength(1)
                                        .ofMaxLength(20)) + ","
                                + sample(ODD_TEXT).replace("\n", " ") + "\n1,2\n",
                        "unknown CSV columns");
            default ->
                request(
                        sample(Arbitraries.of("text/plain", "application/xml", "application/octet-stream")),
                        sample(ODD_TEXT),
                        "wrong content type");
        };
    }

    private Request syntax() {
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
        return request("application/json", body, "malformed JSON " + abbreviate(body));
    }

    private Request json(JsonNode body, String description) {
        try {
            return request("application/json", JSON.writeValueAsString(body), description);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request with the existing ids and valid query of the valid request, and this body. */
    private Request request(String contentType, String body, String description) {
        Request valid = valid();
        return new Request(valid.path(), valid.query(), contentType, body, description, true);
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
                ArrayNode array = NODES.arrayNode();
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
                    yield NODES.textNode(UUID.randomUUID().toString());
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

    /** A value outside the schema's bounds, or null when the schema has none the generator can break. */
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
            return type.equals("integer") ? NODES.numberNode(new BigInteger("9".repeat(30))) : null;
        }
        return null;
    }

    private String validBody(String mediaType) {
        JsonNode media = operation.spec().path("requestBody").path("content").path(mediaType);
        if (media.has("example")) {
            return media.path("example").isTextual()
                    ? media.path("example").asText()
                    : media.path("example").toString();
        }
        return validValue(media.path("schema"), media.path("example"), 0).toString();
    }

    /**
     * A value the schema accepts: the example where the document gives one, a known value for a property the service
     * named, otherwise the simplest value of the type.
     */
    private JsonNode validValue(JsonNode declared, JsonNode example, int depth) {
        JsonNode schema = resolve(declared);
        JsonNode given = !example.isMissingNode()
                ? example
                : declared.has("example") ? declared.path("example") : schema.path("example");
        if (!given.isMissingNode()) {
            return withKnownValues(given.deepCopy());
        }
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        switch (type) {
            case "integer":
            case "number":
                return NODES.numberNode(
                        schema.has("minimum") ? schema.path("minimum").asLong() : 1);
            case "boolean":
                return NODES.booleanNode(false);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(validValue(schema.path("items"), NODES.missingNode(), depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> {
                        if (fieldValues.containsKey(p.getKey())) {
                            object.put(p.getKey(), fieldValues.get(p.getKey()));
                        } else if (hasRequired(schema, p.getKey())) {
                            object.set(p.getKey(), validValue(p.getValue(), NODES.missingNode(), depth + 1));
                        }
                    });
                }
                return object;
            }
            default: {
                String format = schema.path("format").asText();
                if (format.equals("uuid")) {
                    return NODES.textNode(UUID.randomUUID().toString());
                }
                if (format.equals("date")) {
                    return NODES.textNode("2024-06-30");
                }
                return NODES.textNode(
                        "x".repeat(Math.max(1, schema.path("minLength").asInt())));
            }
        }
    }

    private static boolean hasRequired(JsonNode schema, String name) {
        for (JsonNode required : schema.path("required")) {
            if (required.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The example with every property the service gave a value for (an id, usually) replaced by that value. */
    private JsonNode withKnownValues(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                String known = fieldValues.get(field.getKey());
                if (known != null && field.getValue().isTextual()) {
                    field.setValue(NODES.textNode(known));
                } else if (known != null && field.getValue().isArray()) {
                    field.setValue(NODES.arrayNode().add(known));
                } else {
                    withKnownValues(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::withKnownValues);
        }
        return node;
    }

    /** The JSON media type of the operation's body, or the file type of a bulk import, or null. */
    private String bodyMediaType() {
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.has("application/json")) {
            return "application/json";
        }
        if (content.has("application/merge-patch+json")) {
            return "application/merge-patch+json";
        }
        return fileType();
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

    List<JsonNode> parameters(String in) {
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
            String value = name.equals(malformedName) ? malformedValue : pathIds.get(name);
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = api.at(current.path("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(100).next(random).value();
    }
}
