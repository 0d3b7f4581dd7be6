package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Bloc's training of 2021 → 06/2023 through training-service: 4 party-work classes, 2 inspection/supervision classes and
 * 3 propaganda classes, each scheduled by the Bloc, enrolled in bulk, run, completed and finished. A course already
 * finished (same title) is left alone, so loading again changes nothing.
 */
final class DemoTraining {

    private record Course(String title, String topic, LocalDate startsOn, int days, String place) {}

    private static final List<Course> COURSES = List.of(
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy viên cơ sở, đợt 1 năm 2021",
                    "PARTY_WORK",
                    LocalDate.of(2021, 5, 10),
                    5,
                    "Trường Chính trị tỉnh"),
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy viên cơ sở, đợt 2 năm 2021",
                    "PARTY_WORK",
                    LocalDate.of(2021, 11, 8),
                    5,
                    "Trường Chính trị tỉnh"),
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2022",
                    "PARTY_WORK",
                    LocalDate.of(2022, 5, 9),
                    5,
                    "Trường Chính trị tỉnh"),
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2023",
                    "PARTY_WORK",
                    LocalDate.of(2023, 3, 13),
                    5,
                    "Hội trường Đảng ủy Khối"),
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát năm 2021",
                    "INSPECTION_SUPERVISION",
                    LocalDate.of(2021, 8, 16),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát năm 2022",
                    "INSPECTION_SUPERVISION",
                    LocalDate.of(2022, 8, 15),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo năm 2021",
                    "PROPAGANDA",
                    LocalDate.of(2021, 6, 14),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Course(
                    "Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo năm 2022",
                    "PROPAGANDA",
                    LocalDate.of(2022, 3, 14),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Course(
                    "Lớp bồi dưỡng báo cáo viên, tuyên truyền viên năm 2023",
                    "PROPAGANDA",
                    LocalDate.of(2023, 4, 10),
                    3,
                    "Hội trường Đảng ủy Khối"));

    private final ApiClient api;
    private final UUID bloc;
    private int certificates;

    DemoTraining(ApiClient api, UUID bloc) {
        this.api = api;
        this.bloc = bloc;
    }

    void load(Map<String, List<UUID>> attendeesByTopic) throws Exception {
        awaitTrainingServiceKnows(attendeesByTopic);
        for (Map.Entry<String, List<UUID>> topic : attendeesByTopic.entrySet()) {
            List<Course> courses = COURSES.stream()
                    .filter(c -> c.topic().equals(topic.getKey()))
                    .toList();
            List<UUID> all = topic.getValue();
            int from = 0;
            for (int i = 0; i < courses.size(); i++) {
                int size = all.size() / courses.size() + (i < all.size() % courses.size() ? 1 : 0);
                run(courses.get(i), all.subList(from, from + size));
                from += size;
            }
        }
        JsonNode report = api.get("/api/v1/training/reports/topics?orgId=" + bloc + "&from=2021-01-01&to=2023-06-30");
        for (JsonNode t : report.path("topics")) {
            Console.info(String.format(
                    "  training-service report    %-22s %d courses, %,d attendees",
                    t.path("topic").asText(),
                    t.path("courses").asInt(),
                    t.path("attendees").asInt()));
        }
    }

    /** training-service learns of members from member-service's events: wait until it knows the last ones. */
    private void awaitTrainingServiceKnows(Map<String, List<UUID>> attendeesByTopic) throws Exception {
        long began = System.nanoTime();
        long deadline = began + 300_000_000_000L;
        List<UUID> probe = new ArrayList<>();
        attendeesByTopic.values().forEach(list -> probe.add(list.get(list.size() - 1)));
        for (UUID member : probe) {
            while (api.getRaw("/api/v1/training/members/" + member + "/record").statusCode() != 200) {
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

    private void run(Course course, List<UUID> attendees) throws Exception {
        long began = System.nanoTime();
        JsonNode found =
                api.get("/api/v1/training/courses?orgId=" + bloc + "&q=" + ApiClient.enc(course.title()) + "&size=50");
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
        String id;
        if (existing == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", course.title());
            body.put("topic", course.topic());
            body.put("organizationId", bloc.toString());
            body.put("format", "IN_PERSON");
            body.put("startsOn", course.startsOn().toString());
            body.put("endsOn", course.startsOn().plusDays(course.days() - 1L).toString());
            body.put("place", course.place());
            body.put("capacity", attendees.size() + 20);
            existing = api.post("/api/v1/training/courses", ApiClient.json(body));
        }
        id = existing.path("id").asText();
        String base = "/api/v1/training/courses/" + id;
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> enrolled = api.postRaw(
                    base + "/bulk-enrollments",
                    "application/json",
                    ApiClient.json(Map.of(
                            "memberIds", attendees.stream().map(UUID::toString).toList())));
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
        LocalDate last = course.startsOn().plusDays(course.days() - 1L);
        List<Map<String, Object>> completions = new ArrayList<>();
        for (UUID member : attendees) {
            int n = ++certificates;
            completions.add(Map.of(
                    "memberId",
                    member.toString(),
                    "result",
                    n % 10 == 0 ? "EXCELLENT" : n % 3 == 0 ? "GOOD" : "PASSED",
                    "completedOn",
                    last.toString(),
                    "certificateNumber",
                    n + "/CN-ĐUK"));
        }
        api.post(base + "/completions", ApiClient.json(Map.of("completions", completions)));
        api.post(base + "/status-changes", "{\"status\":\"FINISHED\"}");
        Console.info(String.format(
                "  %-22s %,4d trained: %s (%.1f s)",
                course.topic(), attendees.size(), course.title(), (System.nanoTime() - began) / 1e9));
    }
}
