package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The article's yearly results ("hằng năm") on the generated ratings of 2020, 2021 and 2022, each year rating whom it
 * covered: the subjects are worked out here from the replayed tree and the register, not from the generator.
 */
class DemoRatingsTest {

    private static final Set<String> GOOD_OR_BETTER = Set.of("EXCELLENT", "GOOD");

    @ParameterizedTest
    @CsvSource({
        // year, grassroots organizations (and host units), collective committees, members, committee members
        "2020, 172, 118, 14_033, 894",
        "2021, 176, 145, 15_608, 1_127",
        "2022, 122, 164, 13_971, 1_212"
    })
    void eachYearRatesEverySubjectItCoveredOnce(
            int year, int grassroots, int committees, String members, String committeeMembers) {
        Map<String, Long> counts =
                ratings(year).stream().collect(Collectors.groupingBy(Rating::subjectKind, Collectors.counting()));
        assertEquals(
                Map.of(
                        "GRASSROOTS_ORGANIZATION", (long) grassroots,
                        "HOST_UNIT", (long) grassroots,
                        "COLLECTIVE_COMMITTEE", (long) committees,
                        "MEMBER", Long.parseLong(members.replace("_", "")),
                        "COMMITTEE_MEMBER", Long.parseLong(committeeMembers.replace("_", ""))),
                counts);
        for (String kind : counts.keySet()) {
            List<Rating> of = of(year, kind);
            assertEquals(of.size(), of.stream().map(Rating::subject).distinct().count(), kind + " rated twice");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022})
    void theGrassrootsOrganizationsRatedAreThoseThatWerePartOfTheBlocDuringTheYear(int year) {
        Set<String> expected = new HashSet<>(on(LocalDate.of(year, 1, 1)).grassroots());
        expected.addAll(on(LocalDate.of(year, 12, 31)).grassroots());
        assertEquals(expected, codes(of(year, "GRASSROOTS_ORGANIZATION")));
        assertEquals(expected, codes(of(year, "HOST_UNIT")));
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022})
    void theMembersRatedAreThoseOnTheRegisterDuringTheYear(int year) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        TreeAsOf firstDay = on(LocalDate.of(year, 1, 1));
        Set<String> stayed =
                Demo.DATASET.members().stream().map(Member::nationalId).collect(Collectors.toSet());
        Set<String> expected = Stream.concat(
                        Demo.DATASET.register().atStart().stream(), Demo.DATASET.register().afterHistory().stream())
                .filter(m -> !(m.isReceived() ? m.receivedOn() : m.admittedOn()).isAfter(lastDay))
                .filter(m -> stayed.contains(m.nationalId()) || firstDay.isActive(m.cellCode()))
                .map(Member::nationalId)
                .collect(Collectors.toSet());
        assertEquals(expected, nationalIds(of(year, "MEMBER")));
        assertEquals(95.0, goodOrBetterPercent(of(year, "MEMBER")), 0.5);
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022})
    void theCommitteeMembersRatedHeldASeatThatYearInAnOrganizationOfTheBloc(int year) {
        Set<String> expected = seatsHeldIn(year).map(Position::memberNationalId).collect(Collectors.toSet());
        assertEquals(expected, nationalIds(of(year, "COMMITTEE_MEMBER")));
        assertTrue(
                of(year, "COMMITTEE_MEMBER").stream().noneMatch(r -> r.level().equals("NOT_COMPLETE")));
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022})
    void theCollectiveCommitteesRatedAreTheExecutiveAndCellCommitteesSomeoneSatOnThatYear(int year) {
        Set<String> expected = seatsHeldIn(year)
                .filter(p -> p.committeeKind().equals("EXECUTIVE_COMMITTEE")
                        || p.committeeKind().equals("CELL_COMMITTEE"))
                .map(p -> p.organizationCode() + "/" + p.committeeKind())
                .collect(Collectors.toSet());
        assertEquals(
                expected,
                of(year, "COLLECTIVE_COMMITTEE").stream()
                        .map(r -> (Rating.CommitteeSubject) r.subject())
                        .map(c -> c.organizationCode() + "/" + c.kind())
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022})
    void overNinetyPercentOfGrassrootsOrganizationsAndOfCollectiveCommitteesAreGoodOrBetter(int year) {
        assertTrue(goodOrBetterPercent(of(year, "GRASSROOTS_ORGANIZATION")) > 90.0);
        assertTrue(goodOrBetterPercent(of(year, "COLLECTIVE_COMMITTEE")) > 90.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022})
    void inEveryGrassrootsOrganizationTheExcellentMembersStayWithinTwentyPercentOfThoseGoodOrBetter(int year) {
        Map<String, String> cellOf = Stream.concat(
                        Demo.DATASET.register().atStart().stream(), Demo.DATASET.register().afterHistory().stream())
                .collect(Collectors.toMap(Member::nationalId, Member::cellCode, (first, second) -> second));
        TreeAsOf everything = on(LocalDate.of(2020, 12, 31));
        TreeAsOf end = Demo.AS_OF;
        Map<String, List<Rating>> byGrassroots = of(year, "MEMBER").stream().collect(Collectors.groupingBy(r -> {
            String cell = cellOf.get(((Rating.MemberSubject) r.subject()).nationalId());
            return everything.isActive(cell) ? everything.grassrootsOf(cell) : end.grassrootsOf(cell);
        }));
        byGrassroots.forEach((grassroots, ratings) -> {
            long excellent =
                    ratings.stream().filter(r -> r.level().equals("EXCELLENT")).count();
            long goodOrBetter = ratings.stream()
                    .filter(r -> GOOD_OR_BETTER.contains(r.level()))
                    .count();
            assertTrue(excellent * 5 <= goodOrBetter, grassroots + ": " + excellent + " of " + goodOrBetter);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022})
    void eachYearIsDecidedAtItsEnd(int year) {
        assertTrue(ratings(year).stream().allMatch(r -> r.decidedOn().equals(LocalDate.of(year, 12, 20))));
    }

    /** The seats started by the year's last day on a committee of an organization of the Bloc during the year. */
    private static Stream<Position> seatsHeldIn(int year) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        TreeAsOf firstDay = on(LocalDate.of(year, 1, 1));
        TreeAsOf end = on(lastDay);
        return Demo.DATASET.positions().stream()
                .filter(p -> !p.startsOn().isAfter(lastDay))
                .filter(p -> firstDay.isActive(p.organizationCode()) || end.isActive(p.organizationCode()));
    }

    private static TreeAsOf on(LocalDate day) {
        return TreeAsOf.of(Demo.DATASET.organizations(), day);
    }

    private static List<Rating> ratings(int year) {
        return Demo.DATASET.ratings().stream().filter(r -> r.year() == year).toList();
    }

    private static List<Rating> of(int year, String kind) {
        return ratings(year).stream().filter(r -> r.subjectKind().equals(kind)).toList();
    }

    private static Set<String> codes(List<Rating> ratings) {
        return ratings.stream()
                .map(r -> ((Rating.OrganizationSubject) r.subject()).code())
                .collect(Collectors.toSet());
    }

    private static Set<String> nationalIds(List<Rating> ratings) {
        return ratings.stream()
                .map(r -> ((Rating.MemberSubject) r.subject()).nationalId())
                .collect(Collectors.toSet());
    }

    private static double goodOrBetterPercent(List<Rating> ratings) {
        return 100.0
                * ratings.stream()
                        .filter(r -> GOOD_OR_BETTER.contains(r.level()))
                        .count()
                / ratings.size();
    }
}
