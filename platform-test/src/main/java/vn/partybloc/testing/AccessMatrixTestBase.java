package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Function-level authorization over every operation of a service's own OpenAPI document, so a new endpoint cannot
 * slip through: without a token 401, with a token of no realm role 403, and every write refused (403) to the roles
 * that only read.
 */
@InvalidRequestsOnPurpose
public abstract class AccessMatrixTestBase {

    /** Tokens of roles that may read but never write in this service. */
    protected abstract List<String> readOnlyTokens();

    /** What to put in place of path parameters. */
    protected abstract String pathValue();

    /** The writes a read-only role may still make, as "METHOD /path" of the OpenAPI document (e.g. integration's imports). */
    protected java.util.Set<String> writesOpenTo(String token) {
        return java.util.Set.of();
    }

    protected int minimumWrites() {
        return 1;
    }

    @Test
    @SuppressWarnings("unchecked")
    public void everyOperationWantsATokenAndReadOnlyRolesAreRefusedEveryWrite() {
        Map<String, Object> paths =
                given().get("/q/openapi?format=json").then().extract().path("paths");
        int writes = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            String url = path.getKey().replaceAll("\\{[^}]+}", pathValue());
            for (String method : ((Map<String, Object>) path.getValue()).keySet()) {
                given().contentType("application/json")
                        .body("{}")
                        .request(method.toUpperCase(), url)
                        .then()
                        .statusCode(401)
                        .contentType("application/problem+json");
                given().auth()
                        .oauth2(Tokens.as("guest"))
                        .contentType("application/json")
                        .body("{}")
                        .request(method.toUpperCase(), url)
                        .then()
                        .statusCode(403);
                if (!method.equals("get")) {
                    writes++;
                    for (String token : readOnlyTokens()) {
                        if (writesOpenTo(token).contains(method.toUpperCase() + " " + path.getKey())) {
                            continue;
                        }
                        given().auth()
                                .oauth2(token)
                                .contentType("application/json")
                                .body("{}")
                                .request(method.toUpperCase(), url)
                                .then()
                                .statusCode(403);
                    }
                }
            }
        }
        assertTrue(writes >= minimumWrites(), "the document lists " + writes + " write operations");
    }
}
