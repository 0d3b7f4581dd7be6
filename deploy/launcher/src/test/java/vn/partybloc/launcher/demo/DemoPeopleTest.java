package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The article's member and committee figures on the generated people. */
class DemoPeopleTest {

    private static final List<Member> MEMBERS = Demo.DATASET.members();
    private static final Map<String, Member> BY_NATIONAL_ID =
            MEMBERS.stream().collect(Collectors.toMap(Member::nationalId, Function.identity()));

    @Test
    void fourteenThousand357MembersEachInACellOfTheBlocAsOfTheArticlesDate() {
        assertEquals(14_357, MEMBERS.size());
        assertEquals(14_357, BY_NATIONAL_ID.size());
        for (Member m : MEMBERS) {
            assertTrue(Demo.AS_OF.isActive(m.cellCode()), m.nationalId() + " in " + m.cellCode());
            assertTrue(Demo.AS_OF.type(m.cellCode()).endsWith("_CELL"), m.cellCode());
        }
    }

    @Test
    void threeHundredEightCommitteesOfTheGrassrootsOrganizationsAnd42OfSubordinateCells() {
        List<Committee> all = Demo.DATASET.committees();
        assertEquals(308 + 42, all.size());
        List<Committee> subordinate = all.stream()
                .filter(c -> Demo.AS_OF.type(c.organizationCode()).equals("SUBORDINATE_CELL"))
                .toList();
        assertEquals(42, subordinate.size());
        assertTrue(subordinate.stream().allMatch(c -> c.kind().equals("CELL_COMMITTEE")));
        List<Committee> committees =
                all.stream().filter(c -> !subordinate.contains(c)).toList();
        assertEquals(308, committees.size());
        assertEquals(
                Map.of(
                        "EXECUTIVE_COMMITTEE",
                        93L,
                        "STANDING_COMMITTEE",
                        93L,
                        "INSPECTION_COMMITTEE",
                        93L,
                        "CELL_COMMITTEE",
                        29L),
                committees.stream().collect(Collectors.groupingBy(Committee::kind, Collectors.counting())));
        assertEquals(
                122,
                committees.stream().map(Committee::organizationCode).distinct().count());
        for (Committee c : committees) {
            assertTrue(Demo.AS_OF.isActive(c.organizationCode()), c.toString());
            assertTrue(Demo.AS_OF.type(c.organizationCode()).startsWith("GRASSROOTS_"), c.toString());
            assertEquals(2020, c.termStartYear());
            assertEquals(2025, c.termEndYear());
        }
    }

    /** member-service refuses seats that break domain rules 4 and 5, so the demo's seats must keep them. */
    @Test
    void cellCommitteesAndStandingCommitteesHaveTheSizesRulesFourAndFiveAsk() {
        List<Position> positions = Demo.DATASET.positions();
        for (Position p : positions) {
            if (p.committeeKind().equals("CELL_COMMITTEE") && p.position().equals("MEMBER")) {
                long fullMembers = MEMBERS.stream()
                        .filter(m -> m.cellCode().equals(p.organizationCode()) && m.isFullMemberOn(p.startsOn()))
                        .count();
                assertTrue(fullMembers >= 9, p + ": " + fullMembers + " full members");
            }
        }
        Map<String, Long> executiveSeats = positions.stream()
                .filter(p -> p.committeeKind().equals("EXECUTIVE_COMMITTEE"))
                .collect(Collectors.groupingBy(Position::organizationCode, Collectors.counting()));
        Map<String, Map<String, Long>> cellSeats = positions.stream()
                .filter(p -> p.committeeKind().equals("CELL_COMMITTEE"))
                .collect(Collectors.groupingBy(
                        Position::organizationCode, Collectors.groupingBy(Position::position, Collectors.counting())));
        for (Position p : positions) {
            if (p.onStandingCommittee()) {
                assertTrue(executiveSeats.getOrDefault(p.organizationCode(), 0L) >= 9, p.toString());
                // on the day it starts, as member-service checks: 9 executive seats, the member's among them
                List<Position> executiveThen = positions.stream()
                        .filter(e -> e.organizationCode().equals(p.organizationCode())
                                && e.committeeKind().equals("EXECUTIVE_COMMITTEE")
                                && !e.startsOn().isAfter(p.startsOn()))
                        .toList();
                assertTrue(executiveThen.size() >= 9, p.toString());
                assertTrue(
                        executiveThen.stream()
                                .anyMatch(e -> e.memberNationalId().equals(p.memberNationalId())),
                        p.toString());
            }
        }
        cellSeats.forEach((cell, seats) -> {
            assertTrue(seats.values().stream().mapToLong(Long::longValue).sum() <= 7, cell + " " + seats);
            assertTrue(seats.getOrDefault("DEPUTY_SECRETARY", 0L) <= 1, cell + " " + seats);
        });
    }

    @Test
    void oneThousand17CommitteeMembers45DoctorsAnd434MastersAllFullMembers() {
        Set<String> seated = DemoDataset.grassroots(Demo.DATASET.positions()).stream()
                .map(Position::memberNationalId)
                .collect(Collectors.toSet());
        assertEquals(1_017, seated.size());
        assertEquals(1_017, Demo.DATASET.grassrootsCommitteeMembers());
        assertEquals(1_017 + 195, Demo.DATASET.committeeMembers());
        List<Member> committeeMembers = seated.stream().map(BY_NATIONAL_ID::get).toList();
        long doctors = committeeMembers.stream()
                .filter(m -> m.degree().equals("DOCTOR"))
                .count();
        long masters = committeeMembers.stream()
                .filter(m -> m.degree().equals("MASTER"))
                .count();
        assertEquals(45, doctors);
        assertEquals(4.42, Math.round(doctors * 10_000.0 / 1_017) / 100.0);
        assertEquals(434, masters);
        assertEquals(42.7, Math.round(masters * 1_000.0 / 1_017) / 10.0);
        assertEquals(
                8,
                committeeMembers.stream()
                        .filter(m -> "ASSOCIATE_PROFESSOR".equals(m.academicTitle()))
                        .count());
        assertTrue(committeeMembers.stream().allMatch(m -> m.isFullMemberOn(PeopleGenerator.CONGRESS)));
    }

    /**
     * member-service's grassroots figure counts the seats held on the day on the executive of a grassroots committee or
     * the cell committee of a grassroots cell: not inspection-only seats, not subordinate cells' committees.
     */
    @Test
    void all1017CommitteeMembersHoldAnExecutiveOrCellCommitteeSeatOnTheArticlesDate() {
        Set<String> grassroots = Demo.DATASET.positions().stream()
                .filter(p -> !p.startsOn().isAfter(DemoDataset.AS_OF))
                .filter(p -> (p.committeeKind().equals("EXECUTIVE_COMMITTEE")
                                && Demo.AS_OF.type(p.organizationCode()).equals("GRASSROOTS_COMMITTEE"))
                        || (p.committeeKind().equals("CELL_COMMITTEE")
                                && Demo.AS_OF.type(p.organizationCode()).equals("GRASSROOTS_CELL")))
                .map(Position::memberNationalId)
                .collect(Collectors.toSet());
        assertEquals(1_017, grassroots.size());
    }

    @Test
    void everyCommitteeMemberSitsOnTheCommitteesOfTheirOwnGrassrootsOrganization() {
        for (Position p : Demo.DATASET.positions()) {
            Member m = BY_NATIONAL_ID.get(p.memberNationalId());
            String organization =
                    p.organizationCode().equals(m.cellCode()) ? m.cellCode() : Demo.AS_OF.grassrootsOf(m.cellCode());
            assertEquals(organization, p.organizationCode(), p.toString());
            assertTrue(m.isFullMemberOn(p.startsOn()), p.toString());
        }
    }

    @Test
    void eachCommitteeHasOneSecretaryAndEveryStandingMemberSitsOnTheExecutive() {
        Map<String, Long> secretaries = Demo.DATASET.positions().stream()
                .filter(p -> p.position().equals("SECRETARY"))
                .collect(Collectors.groupingBy(
                        p -> p.organizationCode() + "/" + p.committeeKind(), Collectors.counting()));
        assertEquals(93 * 2 + 29 + 42, secretaries.size());
        assertTrue(secretaries.values().stream().allMatch(n -> n == 1));
        Set<String> executive = Demo.DATASET.positions().stream()
                .filter(p -> p.committeeKind().equals("EXECUTIVE_COMMITTEE"))
                .map(p -> p.organizationCode() + "/" + p.memberNationalId())
                .collect(Collectors.toSet());
        assertTrue(Demo.DATASET.positions().stream()
                .filter(Position::onStandingCommittee)
                .allMatch(p -> executive.contains(p.organizationCode() + "/" + p.memberNationalId())));
    }
}
