package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Keycloak on the local stack (issue 14). The master realm's admin has the password the launcher made on the first
 * start, kept readable by the owner only, not {@code admin}, and password guessing is slowed down there too; in the
 * partybloc realm only the scripts client takes a user's password.
 */
@Order(8)
class KeycloakMasterRealmIT extends Journey {

    @Test
    void theMasterAdminHasTheGeneratedPasswordAndGuessingIsSlowedDown() throws Exception {
        Path secret = LocalStack.data().resolve("secrets/keycloak-admin-password");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(secret));
            assertEquals(
                    PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(secret.getParent()));
        }
        String password = Files.readString(secret).strip();
        assertTrue(password.length() >= 20, "a generated password, not a word");

        String token = master(password).then().statusCode(200).extract().path("access_token");
        // a wrong password gets no token (Keycloak 26.7 answers 400 invalid_grant)
        master("admin")
                .then()
                .statusCode(anyOf(equalTo(400), equalTo(401)))
                .body("error", equalTo("invalid_grant"))
                .body("access_token", nullValue());
        given().baseUri("http://localhost")
                .port(LocalStack.KEYCLOAK)
                .auth()
                .oauth2(token)
                .get("/admin/realms/master")
                .then()
                .statusCode(200)
                .body("bruteForceProtected", equalTo(true));
    }

    /** A browser's client, and Keycloak's default one, take no passwords: only the scripts client does. */
    @Test
    void onlyTheScriptsClientTakesAPasswordInTheRealm() {
        for (String client : List.of("partybloc-admin-ui", "admin-cli")) {
            passwordGrant(client).then().statusCode(400).body("error", equalTo("unauthorized_client"));
        }
        passwordGrant("partybloc-scripts").then().statusCode(200);
    }

    private static Response passwordGrant(String client) {
        return given().baseUri("http://localhost")
                .port(LocalStack.KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", "viewer")
                .formParam("password", "viewer-demo")
                .post("/realms/partybloc/protocol/openid-connect/token");
    }

    private static Response master(String password) {
        return given().baseUri("http://localhost")
                .port(LocalStack.KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", password)
                .post("/realms/master/protocol/openid-connect/token");
    }
}
