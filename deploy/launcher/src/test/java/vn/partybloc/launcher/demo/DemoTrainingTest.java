package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The article's training of 2021 → 06/2023 on the generated courses. */
class DemoTrainingTest {

    private static final List<Course> COURSES = Demo.DATASET.courses();

    @Test
    void fourPartyWorkCoursesFor1063PeopleWithEveryGrassrootsCommitteeMemberAmongThem() {
        assertEquals(4, courses("PARTY_WORK").size());
        Set<String> trained = people("PARTY_WORK");
        assertEquals(1_063, trained.size());
        Set<String> committeeMembers = DemoDataset.grassroots(Demo.DATASET.positions()).stream()
                .map(Position::memberNationalId)
                .collect(Collectors.toSet());
        assertTrue(trained.containsAll(committeeMembers));
    }

    @Test
    void twoInspectionCoursesFor251PeopleWithEveryInspectionCommitteeMemberAmongThem() {
        assertEquals(2, courses("INSPECTION_SUPERVISION").size());
        Set<String> trained = people("INSPECTION_SUPERVISION");
        assertEquals(251, trained.size());
        assertTrue(trained.containsAll(Demo.DATASET.positions().stream()
                .filter(p -> p.committeeKind().equals("INSPECTION_COMMITTEE"))
                .map(Position::memberNationalId)
                .toList()));
    }

    @Test
    void threePropagandaCoursesFor380People() {
        assertEquals(3, courses("PROPAGANDA").size());
        assertEquals(380, people("PROPAGANDA").size());
    }

    @Test
    void everyCourseRanBetween2021AndTheArticlesDateForMembersOfTheBlocWithRoomForAll() {
        assertEquals(9, COURSES.size());
        Set<String> members =
                Demo.DATASET.members().stream().map(Member::nationalId).collect(Collectors.toSet());
        for (Course c : COURSES) {
            assertTrue(!c.startsOn().isBefore(LocalDate.of(2021, 1, 1)), c.title());
            assertTrue(!c.endsOn().isAfter(DemoDataset.AS_OF), c.title());
            assertTrue(members.containsAll(c.attendees()), c.title());
            assertEquals(c.attendees().size(), Set.copyOf(c.attendees()).size(), c.title());
            assertTrue(c.capacity() >= c.attendees().size(), c.title());
        }
        assertEquals(
                COURSES.stream().mapToInt(c -> c.completions().size()).sum(),
                COURSES.stream()
                        .flatMap(c -> c.completions().stream())
                        .map(Course.Completion::certificateNumber)
                        .distinct()
                        .count());
    }

    private static List<Course> courses(String topic) {
        return COURSES.stream().filter(c -> c.topic().equals(topic)).toList();
    }

    private static Set<String> people(String topic) {
        return courses(topic).stream().flatMap(c -> c.attendees().stream()).collect(Collectors.toSet());
    }
}
