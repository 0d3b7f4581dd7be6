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

    /** Seats {@code member} as {@code position} of {@code committee} from {@code startsOn} as an admin; returns its id. */
    static String seat(UUID committee, UUID member, String position, String startsOn) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"committeeId":"%s","memberId":"%s","position":"%s","appointment":"ELECTED","startsOn":"%s"}""".formatted(committee, member, position, startsOn))
                .post("/api/v1/positions")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Seats {@code count} newly admitted full members of {@code cell} as plain members of {@code committee}. */
    static void seatNewMembers(UUID committee, UUID cell, int count, String startsOn) {
        Members.admitFull(cell, count).forEach(member -> seat(committee, member, "MEMBER", startsOn));
    }
}
