package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static vn.partybloc.training.Feed.admin;

import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Courses, enrollments and completions through the API. */
final class Courses {

    private Courses() {}

    static String body(String title, String topic, UUID organizer, String startsOn, String endsOn, int capacity) {
        return """
                {"title":"%s","topic":"%s","organizationId":"%s","format":"IN_PERSON","startsOn":"%s","endsOn":"%s",
                 "place":"Trường Chính trị tỉnh","capacity":%d}""".formatted(title, topic, organizer, startsOn, endsOn, capacity);
    }

    static UUID schedule(String topic, String startsOn, String endsOn, int capacity) {
        return UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body("Lớp bồi dưỡng " + topic, topic, Feed.bloc().id(), startsOn, endsOn, capacity))
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    static Response status(String token, UUID course, String status) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"status\":\"" + status + "\"}")
                .post("/api/v1/courses/" + course + "/status-changes");
    }

    static Response enrolAll(String token, UUID course, List<UUID> members) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"memberIds\":[" + quoted(members) + "]}")
                .post("/api/v1/courses/" + course + "/bulk-enrollments");
    }

    /** Enrols the members of {@code organization}'s subtree, only those holding one of {@code positions} if any. */
    static Response enrolSubtree(String token, UUID course, UUID organization, String... positions) {
        String only = positions.length == 0
                ? ""
                : ",\"positions\":["
                        + Stream.of(positions).map(p -> "\"" + p + "\"").collect(Collectors.joining(",")) + "]";
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + organization + "\"" + only + "}")
                .post("/api/v1/courses/" + course + "/bulk-enrollments");
    }

    static Response complete(String token, UUID course, List<UUID> members, String result, String on) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(completions(members, result, on))
                .post("/api/v1/courses/" + course + "/completions");
    }

    /** The body of {@code POST /api/v1/courses/{id}/completions}: every member with {@code result}, on {@code on} if given. */
    static String completions(List<UUID> members, String result, String on) {
        String items = members.stream()
                .map(m -> "{\"memberId\":\"" + m + "\",\"result\":\"" + result + "\""
                        + (on == null ? "" : ",\"completedOn\":\"" + on + "\"") + "}")
                .collect(Collectors.joining(","));
        return "{\"completions\":[" + items + "]}";
    }

    /** A running course with these members enrolled. */
    static UUID running(String topic, String startsOn, String endsOn, List<UUID> members) {
        UUID course = schedule(topic, startsOn, endsOn, 1000);
        enrolAll(admin(), course, members).then().statusCode(200);
        status(admin(), course, "RUNNING").then().statusCode(200);
        return course;
    }

    static String quoted(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
    }
}
