package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static vn.partybloc.training.Feed.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrix.Request;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.JsonBodies;
import vn.partybloc.testing.WebhookFixture;

/**
 * A grassroots committee founded for one call of the access matrix, with a cell and three of its members: a running
 * party-work course of the committee with two of them enrolled, a training obligation of the first (opened by
 * member-service's position event, fulfilled once that member completes the course), and a contest of the committee,
 * in a year of its own, with a round and the first member as participant. The third member is enrolled nowhere yet;
 * each operation of training-service is aimed at it all.
 */
record AccessFixture(
        UUID organization,
        UUID cell,
        UUID enrolled,
        UUID alsoEnrolled,
        UUID spare,
        String course,
        String enrollment,
        String obligation,
        int year,
        String contest,
        String round)
        implements AccessMatrix.Fixture {

    /** Contests are read by year: each fixture has one of its own, beyond the years other tests use. */
    private static final AtomicInteger YEARS =
            new AtomicInteger(2040 + ThreadLocalRandom.current().nextInt(60));

    static AccessFixture found() {
        Feed.Org organization = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Feed.child(organization, "SUBORDINATE_CELL").id();
        List<UUID> members = List.of(
                Feed.memberWithoutWaiting("Đinh Văn Một", cell),
                Feed.memberWithoutWaiting("Đinh Thị Hai", cell),
                Feed.memberWithoutWaiting("Đinh Văn Ba", cell));
        Feed.awaitMembers(members);
        Feed.Position position =
                Feed.position(members.get(0), organization.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2022-01-10");
        Feed.started(position, true);

        String course = created(
                "/api/v1/courses",
                Courses.body("Lớp bồi dưỡng nghiệp vụ", "PARTY_WORK", organization.id(), START, END, 50));
        Courses.enrolAll(admin(), UUID.fromString(course), members.subList(0, 2))
                .then()
                .statusCode(200);
        Courses.status(admin(), UUID.fromString(course), "RUNNING").then().statusCode(200);
        String enrollment = given().auth()
                .oauth2(admin())
                .get("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.memberId == '" + members.get(0) + "' }.id");

        int year = YEARS.getAndIncrement();
        String contest = created("/api/v1/contests", contest(organization.id(), year));
        String round = created("/api/v1/contests/" + contest + "/rounds", round(1));
        post("/api/v1/contests/" + contest + "/participants", "{\"memberIds\":[\"" + members.get(0) + "\"]}");

        String obligation = ObligationTest.awaitObligation(position.positionId(), "OPEN");
        return new AccessFixture(
                organization.id(),
                cell,
                members.get(0),
                members.get(1),
                members.get(2),
                course,
                enrollment,
                obligation,
                year,
                contest,
                round);
    }

    private static final String START = "2022-05-09";
    private static final String END = "2022-05-13";

    /** Everything a write on the fixture may change, read whole. */
    @Override
    public List<String> reads() {
        List<String> reads = new ArrayList<>(WebhookFixture.reads(this));
        reads.addAll(List.of(
                "/api/v1/courses?size=500&organizationId=" + organization,
                "/api/v1/courses/" + course,
                "/api/v1/courses/" + course + "/enrollments?size=500",
                "/api/v1/courses/report?organizationId=" + organization,
                "/api/v1/obligations?size=500&organizationId=" + organization,
                "/api/v1/obligations/" + obligation,
                "/api/v1/training-records/" + enrolled,
                "/api/v1/training-records/" + spare,
                "/api/v1/contests?size=500&year=" + year,
                "/api/v1/contests/" + contest,
                "/api/v1/training-records/exports?organizationId=" + organization));
        return reads;
    }

    /** The url each documented read is sent to; lists and reports name the fixture's organization, so a secretary's scope applies. */
    String readUrl(String operation) {
        String webhook = WebhookFixture.readUrl(this, "training", operation);
        if (webhook != null) {
            return webhook;
        }
        String path = operation.substring("GET ".length());
        return switch (path) {
            case "/api/v1/courses", "/api/v1/courses/report", "/api/v1/obligations", "/api/v1/obligations/report" ->
                path + "?organizationId=" + organization;
            case "/api/v1/contests" -> path + "?year=" + year;
            case "/api/v1/training-records/exports" -> path + "?organizationId=" + organization;
            case "/api/v1/training-records/exports/{id}" -> path.replace("{id}", export());
            case "/api/v1/training-records/exports/{id}/content" -> path.replace("{id}", export());
            default ->
                path.replace("/courses/{id}", "/courses/" + course)
                        .replace("{enrollmentId}", enrollment)
                        .replace("/obligations/{id}", "/obligations/" + obligation)
                        .replace("{memberId}", enrolled.toString())
                        .replace("/contests/{id}", "/contests/" + contest)
                        .replace("{roundId}", round)
                        .replace("/code-lists/training/{name}", "/code-lists/training/course-topics");
        };
    }

    /** A valid request for each documented write, aimed at a fixture. */
    static final Map<String, Function<AccessFixture, Request>> WRITES = WebhookFixture.withWrites(
            "training",
            Map.ofEntries(
                    Map.entry(
                            "POST /api/v1/training-records/exports",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/training-records/exports",
                                    "{\"organizationId\":\"" + f.organization + "\"}")),
                    Map.entry(
                            "POST /api/v1/courses",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/courses",
                                    Courses.body("Lớp của chi bộ", "PROPAGANDA", f.cell, START, END, 20))),
                    Map.entry(
                            "PUT /api/v1/courses/{id}",
                            f -> Request.json(
                                    "PUT",
                                    "/api/v1/courses/" + f.course,
                                    Courses.body(
                                            "Lớp bồi dưỡng nghiệp vụ, khóa 2",
                                            "PARTY_WORK",
                                            f.organization,
                                            START,
                                            END,
                                            60))),
                    Map.entry(
                            "POST /api/v1/courses/{id}/status-changes",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/courses/" + f.course + "/status-changes",
                                    "{\"status\":\"FINISHED\"}")),
                    Map.entry(
                            "POST /api/v1/courses/{id}/enrollments",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/courses/" + f.course + "/enrollments",
                                    "{\"memberId\":\"" + f.spare + "\"}")),
                    Map.entry(
                            "POST /api/v1/courses/{id}/bulk-enrollments",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/courses/" + f.course + "/bulk-enrollments",
                                    "{\"organizationId\":\"" + f.cell + "\"}")),
                    Map.entry(
                            "POST /api/v1/courses/{id}/sessions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/courses/" + f.course + "/sessions",
                                    "{\"sessionOn\":\"2022-05-10\",\"presentMemberIds\":[\"" + f.enrolled + "\"]}")),
                    Map.entry(
                            "POST /api/v1/courses/{id}/completions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/courses/" + f.course + "/completions",
                                    "{\"completions\":[{\"memberId\":\"" + f.enrolled + "\",\"result\":\"GOOD\"}]}")),
                    Map.entry(
                            "POST /api/v1/contests",
                            f -> Request.json("POST", "/api/v1/contests", contest(f.organization, f.year))),
                    Map.entry(
                            "POST /api/v1/contests/{id}/rounds",
                            f -> Request.json("POST", "/api/v1/contests/" + f.contest + "/rounds", round(2))),
                    Map.entry(
                            "POST /api/v1/contests/{id}/participants",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/contests/" + f.contest + "/participants",
                                    "{\"memberIds\":[\"" + f.spare + "\"]}")),
                    Map.entry(
                            "POST /api/v1/contests/{id}/scores",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/contests/" + f.contest + "/scores",
                                    "{\"roundId\":\"" + f.round + "\",\"scores\":[{\"memberId\":\"" + f.enrolled
                                            + "\",\"score\":92.5}]}")),
                    Map.entry(
                            "POST /api/v1/contests/{id}/awards",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/contests/" + f.contest + "/awards",
                                    "{\"awards\":[{\"memberId\":\"" + f.enrolled + "\",\"award\":\"FIRST\"}]}"))));

    /** An export of the fixture's training records by an admin, once its content can be read. */
    private String export() {
        return ExportClient.exported(
                "/api/v1/training-records/exports", admin(), "{\"organizationId\":\"" + organization + "\"}");
    }

    private static String contest(UUID organization, int year) {
        return "{\"title\":\"Hội thi Bí thư chi bộ giỏi\",\"kind\":\"GOOD_CELL_SECRETARY\",\"organizationId\":\""
                + organization + "\",\"year\":" + year + "}";
    }

    private static String round(int sequence) {
        return "{\"sequence\":" + sequence + ",\"name\":\"Vòng " + sequence + "\",\"heldOn\":\"2022-10-15\"}";
    }

    private static String created(String url, String body) {
        return JsonBodies.createdId(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post(url)
                .then());
    }

    private static void post(String url, String body) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post(url)
                .then()
                .statusCode(200);
    }
}
