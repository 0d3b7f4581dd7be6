package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.launcher.demo.CellMeetings.Meeting;

/**
 * The demo's year of cell meetings (07/2022 – 06/2023), checked against the tree replayed to the article's date and the
 * register, not against the generator: every active cell with members records its year, members attend only the
 * meetings of their own cell, and the figures the overview shows are plausible and not all perfect.
 */
class DemoMeetingsTest {

    private static final List<CellMeetings> MEETINGS = Demo.DATASET.meetings();

    @Test
    void everyActiveCellWithMembersRecordsItsYearAndNoOtherOrganizationDoes() {
        Set<String> withMembers =
                Demo.DATASET.members().stream().map(Member::cellCode).collect(Collectors.toSet());
        Set<String> expected = withMembers.stream()
                .filter(code ->
                        Demo.AS_OF.isActive(code) && Demo.AS_OF.type(code).endsWith("_CELL"))
                .collect(Collectors.toSet());
        assertEquals(expected, MEETINGS.stream().map(CellMeetings::cellCode).collect(Collectors.toSet()));
        assertEquals(1_146, expected.size(), "29 grassroots cells and 1,117 subordinate cells");
        for (CellMeetings cell : MEETINGS) {
            for (CellMeetings.Month month : cell.months()) {
                assertTrue(
                        !month.month().isBefore(YearMonth.of(2022, 7))
                                && !month.month().isAfter(YearMonth.of(2023, 6)),
                        cell.cellCode() + " " + month.month());
                long regular = month.meetings().stream()
                        .filter(m -> m.kind().equals("REGULAR"))
                        .count();
                assertEquals(1, regular, cell.cellCode() + " " + month.month());
                month.meetings().forEach(m -> assertEquals(month.month(), YearMonth.from(m.heldOn()), cell.cellCode()));
            }
        }
    }

    @Test
    void membersAttendOnlyTheirOwnCellsMeetingsAndOnlyOnceAdmitted() {
        Map<String, Member> members = new HashMap<>();
        Demo.DATASET.members().forEach(m -> members.put(m.nationalId(), m));
        for (CellMeetings cell : MEETINGS) {
            for (CellMeetings.Month month : cell.months()) {
                for (Meeting meeting : month.meetings()) {
                    Set<String> seen = new HashSet<>();
                    for (CellMeetings.Attendance a : meeting.attendance()) {
                        Member member = members.get(a.nationalId());
                        assertEquals(cell.cellCode(), member.cellCode());
                        assertTrue(!member.admittedOn().isAfter(meeting.heldOn()), a.nationalId());
                        assertTrue(seen.add(a.nationalId()), "once per meeting: " + a.nationalId());
                    }
                }
            }
        }
    }

    @Test
    void theYearIsMostlyRegularWithGapsOnlineMeetingsAndAFewMembersToConsider() {
        long everyMonth = MEETINGS.stream().filter(DemoMeetingsTest::unbroken).count();
        assertTrue(
                everyMonth > MEETINGS.size() * 0.9 && everyMonth < MEETINGS.size(),
                "cells meeting every month: " + everyMonth);
        List<Meeting> all = MEETINGS.stream()
                .flatMap(c -> c.months().stream())
                .flatMap(m -> m.meetings().stream())
                .toList();
        long online = all.stream().filter(m -> !m.format().equals("IN_PERSON")).count();
        assertTrue(online > 0 && online < all.size() / 2, "online or hybrid: " + online + " of " + all.size());
        long thematic = all.stream().filter(m -> m.kind().equals("THEMATIC")).count();
        assertTrue(thematic > MEETINGS.size() * 3 && thematic < MEETINGS.size() * 4, "thematic: " + thematic);
        Map<String, Set<YearMonth>> absentWithoutLeave = new HashMap<>();
        for (CellMeetings cell : MEETINGS) {
            for (CellMeetings.Month month : cell.months()) {
                for (Meeting meeting : month.meetings()) {
                    meeting.attendance().stream()
                            .filter(a -> a.status().equals("ABSENT_WITHOUT_LEAVE")
                                    && month.month().getYear() == 2023)
                            .forEach(a -> absentWithoutLeave
                                    .computeIfAbsent(a.nationalId(), id -> new HashSet<>())
                                    .add(month.month()));
                }
            }
        }
        long flagged =
                absentWithoutLeave.values().stream().filter(m -> m.size() >= 3).count();
        assertTrue(flagged >= 10 && flagged <= 100, "members absent without leave in three months of 2023: " + flagged);
    }

    @Test
    void eachSubordinateCellIsFollowedByAnExecutiveMemberOfItsOwnGrassrootsCommittee() {
        Map<String, String> executives = new HashMap<>();
        Demo.DATASET.positions().stream()
                .filter(p -> p.committeeKind().equals("EXECUTIVE_COMMITTEE"))
                .forEach(p -> executives.put(p.memberNationalId() + "/" + p.organizationCode(), p.position()));
        assertEquals(1_117, Demo.DATASET.followings().size());
        for (CellMeetings.Following f : Demo.DATASET.followings()) {
            assertEquals("SUBORDINATE_CELL", Demo.AS_OF.type(f.cellCode()));
            assertEquals(Demo.AS_OF.grassrootsOf(f.cellCode()), f.committeeOrganizationCode());
            assertTrue(
                    executives.containsKey(f.memberNationalId() + "/" + f.committeeOrganizationCode()), f.toString());
        }
    }

    /** Recorded every month from its first recorded one to June 2023, without a gap. */
    private static boolean unbroken(CellMeetings cell) {
        List<YearMonth> months =
                cell.months().stream().map(CellMeetings.Month::month).toList();
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).equals(months.get(i - 1).plusMonths(1))) {
                return false;
            }
        }
        return !months.isEmpty() && months.get(months.size() - 1).equals(YearMonth.of(2023, 6));
    }
}
