package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static vn.partybloc.member.Members.admin;

import java.util.UUID;

/** Committees as the tests form them: the one request body of {@code POST /api/v1/committees}, and the call. */
final class Committees {

    private Committees() {}

    /** A committee of {@code kind} for {@code organization}, for the 2025–2030 term. */
    static String body(UUID organization, String kind) {
        return body(organization, kind, 2025, 2030);
    }

    static String body(UUID organization, String kind, int termStartYear, int termEndYear) {
        return """
                {"organizationId":"%s","kind":"%s","termStartYear":%d,"termEndYear":%d}""".formatted(organization, kind, termStartYear, termEndYear);
    }

    /** Forms a committee of {@code kind} for {@code organization} (2025–2030) as an admin; returns its id. */
    static UUID committee(UUID organization, String kind) {
        return committee(organization, kind, 2025, 2030);
    }

    static UUID committee(UUID organization, String kind, int termStartYear, int termEndYear) {
        return UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body(organization, kind, termStartYear, termEndYear))
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
