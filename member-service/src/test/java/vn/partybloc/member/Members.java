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

    /** A full member (since 2011) with the given details; the national id agrees with gender and birth year. */
    static UUID admitDetailed(
            UUID cell,
            String gender,
            String dateOfBirth,
            String degree,
            String politicalTheory,
            String foreignLanguage,
            String stateManagement,
            boolean headsHostUnit) {
        String nationalId = nationalId().substring(0, 3)
                + ("FEMALE".equals(gender) ? "1" : "0")
                + dateOfBirth.substring(2, 4)
                + nationalId().substring(6);
        return UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType("application/json; charset=UTF-8")
                .body("""
                        {"fullName":"Cấp Ủy Viên","dateOfBirth":"%s","gender":"%s","nationalId":"%s",
                         "admittedOn":"2010-05-19","fullMemberSince":"2011-05-19","organizationId":"%s","degree":"%s",
                         %s%s%s"headsHostUnit":%s,"decisionNumber":"15-QĐ/ĐU"}""".formatted(
                                dateOfBirth,
                                gender,
                                nationalId,
                                cell,
                                degree,
                                field("politicalTheory", politicalTheory),
                                field("foreignLanguage", foreignLanguage),
                                field("stateManagement", stateManagement),
                                headsHostUnit))
                .post("/api/v1/members")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static String field(String name, String value) {
        return value == null ? "" : "\"" + name + "\":\"" + value + "\",";
    }

    /** The member's status as an admin reads it now. */
    static String status(UUID member) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    /** The member's current {@code ETag}: it changes with every change of the member. */
    static String etag(UUID member) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
