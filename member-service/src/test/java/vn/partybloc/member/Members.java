package vn.partybloc.member;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import vn.partybloc.testing.Tokens;

/** Admits members through the API with unique, well-formed national ids. */
final class Members {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private Members() {}

    static String admin() {
        return Tokens.as("admin");
    }

    /** A national id that agrees with a man born in 1985 (digit 4 = 0, digits 5–6 = 85). */
    static String nationalId() {
        return String.format("0870%02d%06d", 85, NEXT.incrementAndGet() % 1_000_000);
    }

    static String body(String name, UUID cell, String nationalId, boolean full) {
        return """
                {"fullName":"%s","dateOfBirth":"1985-04-12","gender":"MALE","nationalId":"%s","admittedOn":"2010-05-19",
                 %s"organizationId":"%s","degree":"MASTER","decisionNumber":"15-QĐ/ĐU"}""".formatted(name, nationalId, full ? "\"fullMemberSince\":\"2011-05-19\"," : "", cell);
    }

    /** Admits {@code count} full members (full since 2011) into {@code cell}. */
    static List<UUID> admitFull(UUID cell, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> admit("Đảng Viên " + (i + 1), cell, true))
                .toList();
    }

    static UUID admit(String name, UUID cell, boolean full) {
        return UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body(name, cell, nationalId(), full))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
