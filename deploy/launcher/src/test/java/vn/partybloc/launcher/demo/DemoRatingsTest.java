package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The article's yearly results of 2022 on the generated ratings. */
class DemoRatingsTest {

    /** The 14,357 members of 2023-06-30 less the 386 admitted in 2023, who were not yet members in 2022. */
    static final int MEMBERS_RATED = 13_971;

    private static final List<Rating> RATINGS = Demo.DATASET.ratings();
    private static final Set<String> GOOD_OR_BETTER = Set.of("EXCELLENT", "GOOD");

    @Test
    void overNinetyPercentOfThe122GrassrootsOrganizationsAreGoodOrBetter() {
        List<Rating> grassroots = of("GRASSROOTS_ORGANIZATION");
        assertEquals(122, grassroots.size());
        assertEquals(
                122,
                grassroots.stream()
                        .map(Rating::subject)
                        .map(s -> ((Rating.OrganizationSubject) s).code())
                        .filter(Demo.AS_OF::isActive)
                        .filter(code -> Demo.AS_OF.type(code).startsWith("GRASSROOTS_"))
                        .distinct()
                        .count());
        assertTrue(goodOrBetterPercent(grassroots) > 90.0, goodOrBetterPercent(grassroots) + "%");
    }

    @Test
    void ninetyFivePercentOfMembersAreGoodOrBetterEachRatedOnce() {
        List<Rating> members = of("MEMBER");
        assertEquals(MEMBERS_RATED, members.size());
        assertEquals(
                MEMBERS_RATED, members.stream().map(Rating::subject).distinct().count());
        assertEquals(95.0, goodOrBetterPercent(members), 0.5);
    }

    @Test
    void onlyTheMembersOnTheRegisterIn2022AreRatedForIt() {
        Map<String, LocalDate> admitted =
                Demo.DATASET.members().stream().collect(Collectors.toMap(Member::nationalId, Member::admittedOn));
        LocalDate lastDay = LocalDate.of(2022, 12, 31);
        Set<String> rated = RATINGS.stream()
                .filter(r -> r.subject() instanceof Rating.MemberSubject)
                .map(r -> ((Rating.MemberSubject) r.subject()).nationalId())
                .collect(Collectors.toSet());
        long notYetMembers =
                admitted.values().stream().filter(d -> d.isAfter(lastDay)).count();
        assertEquals(14_357 - MEMBERS_RATED, notYetMembers);
        assertTrue(rated.stream().noneMatch(id -> admitted.get(id).isAfter(lastDay)));
        assertEquals(
                admitted.entrySet().stream()
                        .filter(e -> !e.getValue().isAfter(lastDay))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet()),
                of("MEMBER").stream()
                        .map(r -> ((Rating.MemberSubject) r.subject()).nationalId())
                        .collect(Collectors.toSet()));
    }

    @Test
    void inEveryGrassrootsOrganizationTheExcellentMembersStayWithinTwentyPercentOfThoseGoodOrBetter() {
        Map<String, String> cellOf =
                Demo.DATASET.members().stream().collect(Collectors.toMap(Member::nationalId, Member::cellCode));
        Map<String, List<Rating>> byGrassroots = of("MEMBER").stream()
                .collect(Collectors.groupingBy(
                        r -> Demo.AS_OF.grassrootsOf(cellOf.get(((Rating.MemberSubject) r.subject()).nationalId()))));
        assertEquals(122, byGrassroots.size());
        byGrassroots.forEach((grassroots, ratings) -> {
            long excellent =
                    ratings.stream().filter(r -> r.level().equals("EXCELLENT")).count();
            long goodOrBetter = ratings.stream()
                    .filter(r -> GOOD_OR_BETTER.contains(r.level()))
                    .count();
            assertTrue(excellent * 5 <= goodOrBetter, grassroots + ": " + excellent + " of " + goodOrBetter);
        });
    }

    @Test
    void committeeMembersAreAllAtLeastCompleteAndTheLeadingCommitteesOverNinetyPercentGood() {
        List<Rating> committeeMembers = of("COMMITTEE_MEMBER");
        assertEquals(1_017 + 195, committeeMembers.size()); // the subordinate cells' committees too
        assertTrue(committeeMembers.stream().noneMatch(r -> r.level().equals("NOT_COMPLETE")));
        List<Rating> committees = of("COLLECTIVE_COMMITTEE");
        assertEquals(122, committees.size());
        assertTrue(goodOrBetterPercent(committees) > 90.0);
    }

    @Test
    void allDecidedAtTheEndOf2022() {
        assertTrue(RATINGS.stream().allMatch(r -> r.decidedOn().equals(LocalDate.of(2022, 12, 20))));
        assertEquals(
                Map.of(
                        "GRASSROOTS_ORGANIZATION", 122L,
                        "HOST_UNIT", 122L,
                        "COLLECTIVE_COMMITTEE", 122L,
                        "MEMBER", (long) MEMBERS_RATED,
                        "COMMITTEE_MEMBER", 1_212L),
                RATINGS.stream().collect(Collectors.groupingBy(Rating::subjectKind, Collectors.counting())));
    }

    private static List<Rating> of(String kind) {
        return RATINGS.stream().filter(r -> r.subjectKind().equals(kind)).toList();
    }

    private static double goodOrBetterPercent(List<Rating> ratings) {
        return 100.0
                * ratings.stream()
                        .filter(r -> GOOD_OR_BETTER.contains(r.level()))
                        .count()
                / ratings.size();
    }
}
