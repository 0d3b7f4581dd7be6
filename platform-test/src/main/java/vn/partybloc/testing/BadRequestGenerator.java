package vn.partybloc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Breaks an operation's valid request ({@link ValidRequests}) into requests that are invalid by construction, most of
 * them that request with one thing broken: malformed ids, out-of-range or overlong query values, malformed JSON,
 * unknown properties, wrong types, missing fields, odd Unicode, wrong content types. Uses jqwik's generators with the
 * caller's seeded {@link Random}.
 */
final class BadRequestGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY_PLACEHOLDER = "policy-value-placeholder";

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

    private final ValidRequests validRequests;
    private final Random random;

    BadRequestGenerator(ValidRequests validRequests, Random random) {
        this.validRequests = validRequests;
        this.random = random;
    }

    List<ApiRequest> generate(int count) {
        List<ApiRequest> requests = new ArrayList<>();
        String fileType = validRequests.fileType();
        JsonNode bodySchema = validRequests.bodySchema();
        List<JsonNode> queryParams = validRequests.parameters("query");
        List<JsonNode> pathParams = validRequests.parameters("path");
        int attempts = 0;
        while (requests.size() < count && attempts++ < count * 20) {
            int kind = random.nextInt(11);
            ApiRequest request = switch (kind) {
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

    private ApiRequest malformedPath(List<JsonNode> pathParams) {
        JsonNode param = pathParams.get(random.nextInt(pathParams.size()));
        String value = sample(MALFORMED_ID);
        String encoded = ValidRequests.encode(value);
        if (encoded.isEmpty() || encoded.equals(".") || encoded.equals("..")) {
            encoded = "x";
        }
        ApiRequest valid = validRequests.valid();
        return new ApiRequest(
                validRequests.fillPath(param.path("name").asText(), encoded),
                valid.query(),
                valid.contentType(),
                valid.body(),
                "path " + param.path("name").asText() + "=" + value,
                false);
    }

    private ApiRequest malformedQuery(List<JsonNode> queryParams) {
        JsonNode param = queryParams.get(random.nextInt(queryParams.size()));
        String value = invalidScalar(validRequests.resolve(param.path("schema")));
        if (value == null) {
            return null;
        }
        ApiRequest valid = validRequests.valid();
        Map<String, String> query = new LinkedHashMap<>(valid.query());
        query.put(param.path("name").asText(), ValidRequests.encode(value));
        return new ApiRequest(
                valid.path(),
                query,
                valid.contentType(),
                valid.body(),
                "query " + param.path("name").asText() + "=" + ApiRequest.abbreviate(value),
                true);
    }

    /**
     * A value that the schema of a query parameter cannot accept, or null when any string is acceptable; for a list
     * parameter ({@code ?type=A&type=B}), one value its items cannot accept.
     */
    private String invalidScalar(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (type.equals("array")) {
            return invalidScalar(validRequests.resolve(schema.path("items")));
        }
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

    private ApiRequest badBody(JsonNode schema, int kind) {
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
                body.set(name, wrongType(validRequests.resolve(properties.path(name))));
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
                    JsonNode invalid = outOfRange(validRequests.resolve(properties.path(name)));
                    if (invalid != null) {
                        ObjectNode body = startingBody(schema);
                        body.set(name, invalid);
                        return json(body, "out of range " + name);
                    }
                }
                return syntax();
            }
            case 9: {
                for (int tries = 0; tries < names.size() * 2 && !names.isEmpty(); tries++) {
                    String name = names.get(random.nextInt(names.size()));
                    String invalid = againstPolicy(validRequests.resolve(properties.path(name)));
                    if (invalid != null) {
                        ObjectNode body = startingBody(schema);
                        body.put(name, POLICY_PLACEHOLDER);
                        return request(
                                "application/json",
                                jsonText(body).replace("\"" + POLICY_PLACEHOLDER + "\"", invalid),
                                "against the input policy " + name + "=" + invalid);
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
                JsonNode valid = JSON.readTree(validRequests.valid().body());
                if (valid instanceof ObjectNode object) {
                    return object;
                }
            } catch (Exception e) {
                // An override that is not an object: fall back to random values.
            }
        }
        return oddObject(schema);
    }
    /**
     * Files refused whole: no rows, unknown CSV columns, the wrong media type. (An NDJSON line that is not a valid row
     * is a row error of an accepted job, not a 4xx, so it is not generated here.)
     */
    private ApiRequest badFile(String type, int kind) {
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

    private ApiRequest syntax() {
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
        return request("application/json", body, "malformed JSON " + ApiRequest.abbreviate(body));
    }

    private ApiRequest json(JsonNode body, String description) {
        return request("application/json", jsonText(body), description);
    }

    private static String jsonText(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A JSON value of the right type that the platform's input policy refuses (docs/api.md), or null when the schema
     * has none: a number or boolean in quotes, a date outside 1900–2100, a lone surrogate in any text, a bidi override
     * in text with a pattern.
     */
    private String againstPolicy(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum")) {
            return null;
        }
        return switch (type) {
            case "integer", "number" -> "\"" + (random.nextInt(100) + 1) + "\"";
            case "boolean" -> sample(Arbitraries.of("\"true\"", "\"false\"", "1", "0"));
            case "string" -> {
                if (format.equals("date")) {
                    yield "\""
                            + sample(Arbitraries.of(
                                    "0000-01-01", "-0001-06-30", "+10000-01-01", "1899-12-31", "2101-01-01"))
                            + "\"";
                }
                if (format.isEmpty() && schema.has("pattern") && random.nextBoolean()) {
                    yield "\"Chi b\u1ed9 " + sample(Arbitraries.of("\\u202e", "\\u2066")) + "s\u1ed1 3\"";
                }
                yield format.isEmpty() ? "\"Chi b\u1ed9 \\ud800\"" : null;
            }
            default -> null;
        };
    }

    /** A request with the existing ids and valid query of the valid request, and this body. */
    private ApiRequest request(String contentType, String body, String description) {
        ApiRequest valid = validRequests.valid();
        return new ApiRequest(valid.path(), valid.query(), contentType, body, description, true);
    }

    /** An object with the schema's properties filled with random values, valid or not. */
    private ObjectNode oddObject(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> {
            if (random.nextInt(4) > 0) {
                body.set(p.getKey(), randomValue(validRequests.resolve(p.getValue()), 0));
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
                        array.add(randomValue(validRequests.resolve(schema.path("items")), depth + 1));
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

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(100).next(random).value();
    }
}
