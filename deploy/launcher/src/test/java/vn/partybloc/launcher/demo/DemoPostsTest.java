package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The posts filled from 2021 to the article's date, read as member-service's positions report counts them: the seats
 * that started in the period, and the distinct people who took them, per committee kind.
 */
class DemoPostsTest {

    private static final LocalDate FROM = RegisterHistory.START;
    private static final List<Position> IN_THE_PERIOD = Demo.DATASET.positions().stream()
            .filter(p -> !p.startsOn().isBefore(FROM) && !p.startsOn().isAfter(DemoDataset.AS_OF))
            .toList();

    @Test
    void oneHundred43PeopleAddedToTheExecutiveStandingAndInspectionCommittees() {
        Set<String> people = people(IN_THE_PERIOD.stream()
                .filter(p -> !p.committeeKind().equals("CELL_COMMITTEE"))
                .toList());
        assertEquals(143, people.size());
        assertTrue(IN_THE_PERIOD.stream()
                .filter(p -> !p.committeeKind().equals("CELL_COMMITTEE"))
                .allMatch(p -> Demo.AS_OF.type(p.organizationCode()).equals("GRASSROOTS_COMMITTEE")));
    }

    @Test
    void oneHundred95PeopleAddedToCellCommittees42SecretariesAnd27Deputies() {
        List<Position> cell = IN_THE_PERIOD.stream()
                .filter(p -> p.committeeKind().equals("CELL_COMMITTEE"))
                .toList();
        assertEquals(195, cell.size());
        assertEquals(195, people(cell).size());
        assertEquals(
                42, cell.stream().filter(p -> p.position().equals("SECRETARY")).count());
        assertEquals(
                27,
                cell.stream()
                        .filter(p -> p.position().equals("DEPUTY_SECRETARY"))
                        .count());
    }

    /** The two figures are of different people, so the report's people overall are their sum. */
    @Test
    void noOneIsAddedToBoth() {
        Set<String> grassroots = people(IN_THE_PERIOD.stream()
                .filter(p -> !p.committeeKind().equals("CELL_COMMITTEE"))
                .toList());
        Set<String> both = new HashSet<>(people(IN_THE_PERIOD));
        assertEquals(143 + 195, both.size());
        assertTrue(grassroots.stream()
                .noneMatch(id -> people(IN_THE_PERIOD.stream()
                                .filter(p -> p.committeeKind().equals("CELL_COMMITTEE"))
                                .toList())
                        .contains(id)));
    }

    /** Each committee member is rated for 2022 as one: every seat has started when the ratings are decided. */
    @Test
    void everySeatStartsBeforeTheRatingsOf2022AreDecided() {
        LocalDate decided = Demo.DATASET.ratings().stream()
                .filter(r -> r.year() == 2022)
                .findFirst()
                .orElseThrow()
                .decidedOn();
        assertTrue(Demo.DATASET.positions().stream().allMatch(p -> p.startsOn().isBefore(decided)));
    }

    private static Set<String> people(List<Position> positions) {
        return positions.stream().map(Position::memberNationalId).collect(Collectors.toSet());
    }
}
