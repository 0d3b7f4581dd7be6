package vn.partybloc.organization;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.partybloc.testing.Tokens;

/** Builds trees through the public API. The database is shared by every test class, so codes are unique per call. */
final class Fixtures {

    static String admin() {
        return Tokens.as("admin");
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static UUID root;

    private Fixtures() {}

    static synchronized UUID root() {
        if (root == null) {
            List<String> existing = given().auth()
                    .oauth2(admin())
                    .queryParam("type", "BLOC_COMMITTEE")
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            root = existing.isEmpty()
                    ? found("BLOC", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh", "BLOC_COMMITTEE", null, "2000-01-01")
                    : UUID.fromString(existing.get(0));
        }
        return root;
    }

    static String code(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
    }

    static UUID found(String code, String name, String type, UUID parentId, String date) {
        return UUID.fromString(foundResponse(code, name, type, parentId, date)
                .statusCode(201)
                .extract()
                .path("id"));
    }

    static UUID committee(String name) {
        return found(code("GC"), name, "GRASSROOTS_COMMITTEE", root(), "2020-01-01");
    }

    static UUID cell(UUID parent, String name) {
        return found(code("SC"), name, "SUBORDINATE_CELL", parent, "2020-01-01");
    }

    static ValidatableResponse foundResponse(String code, String name, String type, UUID parentId, String date) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(foundBody(code, name, type, parentId, date))
                .post("/api/v1/organizations")
                .then();
    }

    static String foundBody(String code, String name, String type, UUID parentId, String date) {
        return """
                {"organization": {"code": "%s", "name": "%s", "type": "%s", %s
                  "hostUnit": {"name": "Sở Tài chính", "kind": "AGENCY"}},
                 "decision": {"number": "%s-QĐ/ĐUK", "date": "%s"}}""".formatted(
                        code, name, type, parentId == null ? "" : "\"parentId\": \"" + parentId + "\",", code, date);
    }

    static String decision(String date) {
        return "{\"number\": \"99-QĐ/ĐUK\", \"date\": \"" + date + "\"}";
    }

    static String etag(UUID id) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
