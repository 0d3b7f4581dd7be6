package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Bloc's training of 2021 → 06/2023: 4 party-work courses for 1,063 people (every committee member among them), 2
 * inspection/supervision courses for 251 (every inspection-committee member among them) and 3 propaganda courses for
 * 380. A topic's people are shared out over its courses in turn; everyone enrolled completes.
 */
final class TrainingGenerator {

    static final int PARTY_WORK_PEOPLE = 1_063;
    static final int INSPECTION_PEOPLE = 251;
    static final int PROPAGANDA_PEOPLE = 380;

    private record Plan(String title, String topic, LocalDate startsOn, int days, String place) {}

    private static final List<Plan> COURSES = List.of(
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy viên cơ sở, đợt 1 năm 2021",
                    "PARTY_WORK",
                    LocalDate.of(2021, 5, 10),
                    5,
                    "Trường Chính trị tỉnh"),
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy viên cơ sở, đợt 2 năm 2021",
                    "PARTY_WORK",
                    LocalDate.of(2021, 11, 8),
                    5,
                    "Trường Chính trị tỉnh"),
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2022",
                    "PARTY_WORK",
                    LocalDate.of(2022, 5, 9),
                    5,
                    "Trường Chính trị tỉnh"),
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2023",
                    "PARTY_WORK",
                    LocalDate.of(2023, 3, 13),
                    5,
                    "Hội trường Đảng ủy Khối"),
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát năm 2021",
                    "INSPECTION_SUPERVISION",
                    LocalDate.of(2021, 8, 16),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát năm 2022",
                    "INSPECTION_SUPERVISION",
                    LocalDate.of(2022, 8, 15),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo năm 2021",
                    "PROPAGANDA",
                    LocalDate.of(2021, 6, 14),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Plan(
                    "Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo năm 2022",
                    "PROPAGANDA",
                    LocalDate.of(2022, 3, 14),
                    3,
                    "Hội trường Đảng ủy Khối"),
            new Plan(
                    "Lớp bồi dưỡng báo cáo viên, tuyên truyền viên năm 2023",
                    "PROPAGANDA",
                    LocalDate.of(2023, 4, 10),
                    3,
                    "Hội trường Đảng ủy Khối"));

    private final Random random;
    private int certificates;

    TrainingGenerator(Random random) {
        this.random = random;
    }

    List<Course> generate(List<Member> members, List<Position> positions) {
        List<Course> courses = new ArrayList<>();
        attendeesByTopic(members, positions).forEach((topic, all) -> {
            List<Plan> plans =
                    COURSES.stream().filter(c -> c.topic().equals(topic)).toList();
            int from = 0;
            for (int i = 0; i < plans.size(); i++) {
                int size = all.size() / plans.size() + (i < all.size() % plans.size() ? 1 : 0);
                courses.add(course(plans.get(i), all.subList(from, from + size)));
                from += size;
            }
        });
        return courses;
    }

    /** Committee members first (party work), inspection-committee members first (inspection), then others at random. */
    private Map<String, List<String>> attendeesByTopic(List<Member> members, List<Position> positions) {
        Set<String> committee =
                positions.stream().map(Position::memberNationalId).collect(Collectors.toSet());
        List<String> others = new ArrayList<>(members.stream()
                .filter(m -> !committee.contains(m.nationalId()) && m.isFullMemberOn(LocalDate.of(2021, 1, 1)))
                .map(Member::nationalId)
                .toList());
        Collections.shuffle(others, random);
        List<String> inspection = positions.stream()
                .filter(p -> p.committeeKind().equals("INSPECTION_COMMITTEE"))
                .map(Position::memberNationalId)
                .distinct()
                .toList();
        Map<String, List<String>> topics = new LinkedHashMap<>();
        List<String> partyWork = new ArrayList<>(members.stream()
                .map(Member::nationalId)
                .filter(committee::contains)
                .toList());
        partyWork.addAll(others.subList(0, PARTY_WORK_PEOPLE - partyWork.size()));
        topics.put("PARTY_WORK", partyWork);
        List<String> inspectionSupervision = new ArrayList<>(inspection);
        inspectionSupervision.addAll(others.subList(100, 100 + INSPECTION_PEOPLE - inspection.size()));
        topics.put("INSPECTION_SUPERVISION", inspectionSupervision);
        topics.put("PROPAGANDA", others.subList(500, 500 + PROPAGANDA_PEOPLE));
        return topics;
    }

    private Course course(Plan plan, List<String> attendees) {
        LocalDate last = plan.startsOn().plusDays(plan.days() - 1L);
        List<Course.Completion> completions = new ArrayList<>();
        for (String member : attendees) {
            int n = ++certificates;
            completions.add(new Course.Completion(
                    member, n % 10 == 0 ? "EXCELLENT" : n % 3 == 0 ? "GOOD" : "PASSED", last, n + "/CN-ĐUK"));
        }
        return new Course(
                plan.title(),
                plan.topic(),
                "IN_PERSON",
                plan.startsOn(),
                last,
                plan.place(),
                attendees.size() + 20,
                List.copyOf(completions));
    }
}
