package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.OpenApiContractTestBase;

/** The OpenAPI document is complete enough to generate a pleasant client (api.md, "OpenAPI"). */
@QuarkusTest
class OpenApiTest extends OpenApiContractTestBase {

    private static final Set<String> PLAIN_TYPES = Set.of("UUID", "LocalDate", "Instant");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsNamedTaggedSummarisedAndDocumentsItsProblems() {
        Map<String, Object> doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertEquals("3.0.3", doc.get("openapi"));
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            String name = method.toUpperCase() + " " + path;
            for (String field : List.of("operationId", "summary", "tags")) {
                if (op.get(field) == null) {
                    missing.add(name + ": " + field);
                }
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            for (String code : List.of("400", "401", "403")) {
                Map<String, Object> response = responses.get(code);
                if (response == null
                        || !((Map<String, Object>) response.get("content")).containsKey("application/problem+json")) {
                    missing.add(name + ": problem " + code);
                }
            }
            if (!method.equals("get") && !responses.containsKey("422")) {
                missing.add(name + ": 422");
            }
        }));
        Map<String, Map<String, Object>> schemas =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("schemas");
        schemas.forEach((name, schema) -> {
            if (!PLAIN_TYPES.contains(name) && !name.startsWith("Page") && schema.get("description") == null) {
                missing.add("schema " + name + ": description");
            }
            Map<String, Map<String, Object>> properties =
                    (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
            properties.forEach((property, spec) -> {
                if (spec.get("description") == null) {
                    missing.add("schema " + name + "." + property + ": description");
                }
            });
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        assertEquals(80, paths.values().stream().mapToInt(Map::size).sum(), "operations in the document");
    }
}
