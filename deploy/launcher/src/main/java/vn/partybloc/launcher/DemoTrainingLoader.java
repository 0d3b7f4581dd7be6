package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.launcher.demo.Course;

/**
 * The demo's courses through training-service, each scheduled by the Bloc, enrolled in bulk, run, completed and
 * finished. A course already finished (same title) is left alone, so loading again changes nothing.
 */
final class DemoTrainingLoader {

    private final ApiClient api;
    private final DemoIds ids;

    DemoTrainingLoader(ApiClient api, DemoIds ids) {
        this.api = api;
        this.ids = ids;
    }

    void load(List<Course> courses) throws Exception {
        awaitTrainingServiceKnows(courses);
        for (Course course : courses) {
            run(course);
        }
        JsonNode report =
                api.get("/api/v1/courses/report?organizationId=" + ids.bloc() + "&from=2021-01-01&to=2023-06-30");
        for (JsonNode t : report.path("topics")) {
            Console.info(String.format(
                    "  training-service report    %-22s %d courses, %,d attendees",
                    t.path("topic").asText(),
                    t.path("courses").asInt(),
                    t.path("attendees").asInt()));
        }
    }

    /** training-service learns of members from member-service's events: wait until it knows each topic's last one. */
    private void awaitTrainingServiceKnows(List<Course> courses) throws Exception {
        long began = System.nanoTime();
        long deadline = began + 300_000_000_000L;
        Map<String, String> lastOfTopic = new LinkedHashMap<>();
        for (Course course : courses) {
            List<String> attendees = course.attendees();
            lastOfTopic.put(course.topic(), attendees.get(attendees.size() - 1));
        }
        for (String nationalId : lastOfTopic.values()) {
            UUID member = ids.member(nationalId);
            while (api.getRaw("/api/v1/training-records/" + member).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "training-service has not learnt of member " + member + " within 300 s");
                }
                Thread.sleep(1000);
            }
        }
        Console.info(String.format(
                "  training-service knows the members (waited %.1f s)", (System.nanoTime() - began) / 1e9));
    }

    private void run(Course course) throws Exception {
        long began = System.nanoTime();
        JsonNode found = api.get(
                "/api/v1/courses?organizationId=" + ids.bloc() + "&q=" + ApiClient.enc(course.title()) + "&size=50");
        JsonNode existing = null;
        for (JsonNode c : found.path("items")) {
            if (c.path("title").asText().equals(course.title())) {
                existing = c;
            }
        }
        if (existing != null && existing.path("status").asText().equals("FINISHED")) {
            Console.info(String.format("  %-22s already finished: %s", course.topic(), course.title()));
            return;
        }
        if (existing == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", course.title());
            body.put("topic", course.topic());
            body.put("organizationId", ids.bloc().toString());
            body.put("format", course.format());
            body.put("startsOn", course.startsOn().toString());
            body.put("endsOn", course.endsOn().toString());
            body.put("place", course.place());
            body.put("capacity", course.capacity());
            existing = api.post("/api/v1/courses", ApiClient.json(body));
        }
        String base = "/api/v1/courses/" + existing.path("id").asText();
        List<String> memberIds = course.attendees().stream()
                .map(nationalId -> ids.member(nationalId).toString())
                .toList();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> enrolled = api.postRaw(
                    base + "/bulk-enrollments", "application/json", ApiClient.json(Map.of("memberIds", memberIds)));
            if (enrolled.statusCode() == 200) {
                break;
            }
            if (attempt == 30) {
                throw new IllegalStateException("enrolling in " + course.title() + " answered " + enrolled.statusCode()
                        + ": " + enrolled.body());
            }
            Thread.sleep(2000);
        }
        String status = existing.path("status").asText();
        if (status.equals("PLANNED") || status.equals("OPEN")) {
            api.post(base + "/status-changes", "{\"status\":\"RUNNING\"}");
        }
        List<Map<String, Object>> completions = course.completions().stream()
                .map(c -> Map.<String, Object>of(
                        "memberId",
                        ids.member(c.memberNationalId()).toString(),
                        "result",
                        c.result(),
                        "completedOn",
                        c.completedOn().toString(),
                        "certificateNumber",
                        c.certificateNumber()))
                .toList();
        api.post(base + "/completions", ApiClient.json(Map.of("completions", completions)));
        api.post(base + "/status-changes", "{\"status\":\"FINISHED\"}");
        Console.info(String.format(
                "  %-22s %,4d trained: %s (%.1f s)",
                course.topic(), memberIds.size(), course.title(), (System.nanoTime() - began) / 1e9));
    }
}
