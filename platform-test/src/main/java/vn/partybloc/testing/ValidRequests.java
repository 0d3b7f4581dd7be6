package vn.partybloc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads one operation of a service's OpenAPI document and builds its valid request: the path with ids of existing
 * rows, the required query parameters and the body from the document's example (or the service's own body where
 * domain rules need one), with the values the service named for properties such as {@code organizationId}.
 * {@link BadRequestGenerator} breaks it; the bad-input test first sends it as the positive control.
 */
final class ValidRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode api;
    private final ApiOperation operation;
    private final Map<String, String> pathIds;
    private final Map<String, String> fieldValues;
    private final String validBodyOverride;

    /**
     * @param pathIds an existing id for every path parameter of the operation
     * @param fieldValues values for body properties and query parameters by name (e.g. {@code organizationId})
     * @param validBodyOverride the service's own valid body for the operation, or null to build it from the document
     */
    ValidRequests(
            JsonNode api,
            ApiOperation operation,
            Map<String, String> pathIds,
            Map<String, String> fieldValues,
            String validBodyOverride) {
        this.api = api;
        this.operation = operation;
        this.pathIds = pathIds;
        this.fieldValues = fieldValues;
        this.validBodyOverride = validBodyOverride;
    }

    /** Whether the operation has a body or query parameters to validate once its path names existing rows. */
    boolean validates() {
        return bodyMediaType() != null || !parameters("query").isEmpty();
    }

    /** The request that the bad ones break: existing ids, the required query parameters, the example body. */
    ApiRequest valid() {
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
        return new ApiRequest(fillPath(null, null), query, mediaType, body, "the valid request", true);
    }

    /** The JSON media type of the operation's body, or the file type of a bulk import, or null. */
    String bodyMediaType() {
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.has("application/json")) {
            return "application/json";
        }
        if (content.has("application/merge-patch+json")) {
            return "application/merge-patch+json";
        }
        return fileType();
    }

    /** The media type of an operation that takes a CSV or NDJSON file (a bulk import), or null. */
    String fileType() {
        JsonNode content = operation.spec().path("requestBody").path("content");
        return content.has("text/csv")
                ? "text/csv"
                : content.has("application/x-ndjson") ? "application/x-ndjson" : null;
    }

    JsonNode bodySchema() {
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

    String fillPath(String malformedName, String malformedValue) {
        String path = operation.path();
        for (JsonNode param : parameters("path")) {
            String name = param.path("name").asText();
            String value = name.equals(malformedName) ? malformedValue : pathIds.get(name);
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = api.at(current.path("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
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
}
