package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks on the running service's own OpenAPI document, the contract clients are generated from. */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCHEMA_KEYWORDS = List.of("$ref", "type", "allOf", "oneOf");

    private OpenApiContract() {}

    /**
     * Fails, naming each as "METHOD path code", if a 2xx response other than 204 has no content or a content whose
     * schema says nothing of the body: a generated client would then return an untyped value.
     */
    public static void assertEverySuccessResponseHasASchema() throws Exception {
        JsonNode api = JSON.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> untyped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response :
                        operation.getValue().path("responses").properties()) {
                    String code = response.getKey();
                    if (code.startsWith("2") && !code.equals("204") && !typed(response.getValue())) {
                        untyped.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + code);
                    }
                }
            }
        }
        assertTrue(untyped.isEmpty(), "2xx responses without a schema:\n" + String.join("\n", untyped));
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
