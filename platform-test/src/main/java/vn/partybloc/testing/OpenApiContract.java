package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks on the running service's own OpenAPI document, the contract clients are generated from. */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCHEMA_KEYWORDS = List.of("$ref", "type", "allOf", "oneOf");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    /** {@code ApiConventionsFilter.NO_LOCATION}; platform-test does not depend on the platform. */
    private static final String NO_LOCATION = "x-partybloc-no-location";

    private OpenApiContract() {}

    /**
     * Fails, naming each as "METHOD path code", if a 2xx response other than 204 has no content or a content whose
     * schema says nothing of the body, or, as "METHOD path (no 2xx)", if an operation declares no success response at
     * all (an explicit error {@code @APIResponse} keeps SmallRye from adding the 200): a generated client would then
     * return an untyped value.
     */
    public static void assertEverySuccessResponseHasASchema() throws Exception {
        List<String> untyped = new ArrayList<>();
        forEachOperation(document(), (name, operation) -> {
            boolean success = false;
            for (Map.Entry<String, JsonNode> response :
                    operation.path("responses").properties()) {
                String code = response.getKey();
                success |= code.startsWith("2");
                if (code.startsWith("2") && !code.equals("204") && !typed(response.getValue())) {
                    untyped.add(name + " " + code);
                }
            }
            if (!success) {
                untyped.add(name + " (no 2xx)");
            }
        });
        assertTrue(untyped.isEmpty(), "2xx responses without a schema:\n" + String.join("\n", untyped));
    }

    /**
     * Fails, naming each as "METHOD path code", if a {@code 201} or {@code 202} declares no required {@code Location}
     * header, unless the answer says why in {@code x-partybloc-no-location}: a client needs the link to what was
     * created or to the job to follow.
     */
    public static void assertEveryCreationAnswerDeclaresItsLocation() throws Exception {
        List<String> withoutLocation = new ArrayList<>();
        forEachOperation(document(), (name, operation) -> {
            for (String code : List.of("201", "202")) {
                JsonNode response = operation.path("responses").path(code);
                JsonNode location = response.path("headers").path("Location");
                boolean exempt = !response.path(NO_LOCATION).asText().isBlank();
                boolean declared = location.path("required").asBoolean()
                        && location.path("schema").path("format").asText().equals("uri");
                if (!response.isMissingNode() && !exempt && !declared) {
                    withoutLocation.add(name + " " + code);
                }
            }
        });
        assertTrue(
                withoutLocation.isEmpty(),
                "201/202 answers without a required Location header:\n" + String.join("\n", withoutLocation));
    }

    /**
     * Fails, naming each as "METHOD path", if an operation has no description: a summary alone does not tell a reader
     * who may call it or what it refuses.
     */
    public static void assertEveryOperationHasADescription() throws Exception {
        List<String> undescribed = new ArrayList<>();
        forEachOperation(document(), (name, operation) -> {
            if (operation.path("description").asText().isBlank()) {
                undescribed.add(name);
            }
        });
        assertTrue(undescribed.isEmpty(), "operations without a description:\n" + String.join("\n", undescribed));
    }

    /**
     * Fails, naming each operation, if its responses are not listed in the order of their status codes: a document
     * whose order changes from one build to the next gives generated clients and reviewers a diff that means nothing.
     */
    public static void assertEveryOperationListsItsResponsesInStatusOrder() throws Exception {
        List<String> unordered = new ArrayList<>();
        forEachOperation(document(), (name, operation) -> {
            List<String> codes = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(codes::add);
            if (!codes.equals(codes.stream().sorted().toList())) {
                unordered.add(name + " " + codes);
            }
        });
        assertTrue(
                unordered.isEmpty(),
                "operations whose responses are not in status order:\n" + String.join("\n", unordered));
    }

    /**
     * Fails, naming each as "METHOD path media-type", if a JSON request body has no example, neither on its media type
     * nor on its schema (followed through a {@code $ref}): clients and Swagger UI then start from an empty body.
     */
    public static void assertEveryJsonRequestBodyHasAnExample() throws Exception {
        JsonNode api = document();
        List<String> withoutExample = new ArrayList<>();
        forEachOperation(api, (name, operation) -> {
            for (Map.Entry<String, JsonNode> content :
                    operation.path("requestBody").path("content").properties()) {
                if (content.getKey().contains("json") && !hasExample(api, content.getValue())) {
                    withoutExample.add(name + " " + content.getKey());
                }
            }
        });
        assertTrue(
                withoutExample.isEmpty(),
                "JSON request bodies without an example:\n" + String.join("\n", withoutExample));
    }

    /**
     * Fails, naming each, if an operation has no {@code operationId} (a generated client would invent a method name),
     * if an operation that needs a token does not declare its 401 and 403, or if an error response it declares is not
     * an {@code application/problem+json} {@code Problem}.
     */
    public static void assertEveryOperationHasAnIdAndItsProblemResponses() throws Exception {
        JsonNode api = document();
        boolean securedByDefault = !api.path("security").isEmpty();
        List<String> wrong = new ArrayList<>();
        forEachOperation(api, (name, operation) -> {
            if (operation.path("operationId").asText().isBlank()) {
                wrong.add(name + " has no operationId");
            }
            JsonNode security = operation.has("security") ? operation.path("security") : api.path("security");
            boolean secured = operation.has("security") ? !security.isEmpty() : securedByDefault;
            JsonNode responses = operation.path("responses");
            if (secured && !(responses.has("401") && responses.has("403"))) {
                wrong.add(name + " needs a token but does not declare both 401 and 403");
            }
            for (Map.Entry<String, JsonNode> response : responses.properties()) {
                String code = response.getKey();
                if ((code.startsWith("4") || code.startsWith("5"))
                        && !response.getValue()
                                .path("content")
                                .path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asText()
                                .equals(SCHEMA_REF_PREFIX + "Problem")) {
                    wrong.add(name + " " + code + " is not an application/problem+json Problem");
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Fails, naming each schema's place, if a schema marked {@code nullable} would still reject {@code null}: beside an
     * {@code allOf} or {@code $ref} (OpenAPI 3.0.3: {@code nullable} does not reach into them) or with an {@code enum}
     * that does not list {@code null}. A client or validator that follows the document would refuse a documented null.
     */
    public static void assertEveryNullableSchemaAcceptsNull() throws Exception {
        List<String> wrong = new ArrayList<>();
        collectNullablesRejectingNull(document(), "#", wrong);
        assertTrue(wrong.isEmpty(), "nullable schemas that reject null:\n" + String.join("\n", wrong));
    }

    private static void collectNullablesRejectingNull(JsonNode node, String place, List<String> wrong) {
        if (node.isObject() && node.path("nullable").asBoolean(false)) {
            boolean wrapped = node.has("allOf") || node.has("$ref") || node.has("oneOf");
            boolean enumWithoutNull =
                    node.has("enum") && node.path("enum").valueStream().noneMatch(JsonNode::isNull);
            if (wrapped || enumWithoutNull) {
                wrong.add(place);
            }
        }
        if (node.isObject()) {
            node.properties()
                    .forEach(child ->
                            collectNullablesRejectingNull(child.getValue(), place + "/" + child.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNullablesRejectingNull(node.get(i), place + "/" + i, wrong);
            }
        }
    }

    private interface OperationCheck {
        void check(String name, JsonNode operation);
    }

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static void forEachOperation(JsonNode api, OperationCheck check) {
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    check.check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    private static boolean hasExample(JsonNode api, JsonNode mediaType) {
        if (mediaType.has("example") || !mediaType.path("examples").isEmpty()) {
            return true;
        }
        JsonNode schema = mediaType.path("schema");
        String ref = schema.path("$ref").asText();
        if (ref.startsWith(SCHEMA_REF_PREFIX)) {
            schema = api.path("components").path("schemas").path(ref.substring(SCHEMA_REF_PREFIX.length()));
        }
        return schema.has("example");
    }

    private static boolean typed(JsonNode response) {
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode mediaType : content) {
            JsonNode schema = mediaType.path("schema");
            if (SCHEMA_KEYWORDS.stream().noneMatch(schema::has)) {
                return false;
            }
        }
        return true;
    }
}
