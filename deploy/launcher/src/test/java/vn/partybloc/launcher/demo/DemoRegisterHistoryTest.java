package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationChange.TransferIn;
import vn.partybloc.launcher.demo.OrganizationChange.TransferOut;

/**
 * The register goes through the history as member-service applies it: the members of 2021-01-01 in the tree of 2020,
 * carried out with their organizations, into split parts, merge targets and founded cells; the received ones brought
 * in with their organizations; at the end exactly the register of the article's date.
 */
class DemoRegisterHistoryTest {

    private static final OrganizationHistory HISTORY = Demo.DATASET.organizations();
    private static final RegisterHistory REGISTER = Demo.DATASET.register();
    private static final LocalDate END_OF_2020 = RegisterHistory.START.minusDays(1);

    /** The register replayed: each member's cell, and how many left with each organization transferred out. */
    private static final class Replay {
        final Map<String, String> cellOf = new HashMap<>();
        final Map<String, Integer> leftWith = new HashMap<>();
        final List<String> problems = new ArrayList<>();

        Replay() {
            TreeAsOf start = TreeAsOf.of(HISTORY, END_OF_2020);
            for (Member m : REGISTER.atStart()) {
                if (!start.isActive(m.cellCode())) {
                    problems.add(m.nationalId() + " placed in " + m.cellCode() + ", not active on " + END_OF_2020);
                }
                if (!m.admittedOn().isBefore(RegisterHistory.START) || m.isReceived()) {
                    problems.add(m.nationalId() + " on the register at the start but admitted " + m.admittedOn());
                }
                cellOf.put(m.nationalId(), m.cellCode());
            }
            Map<String, String> parents = new HashMap<>();
            HISTORY.baseline()
                    .forEach(f -> parents.put(
                            f.organization().code(), f.organization().parentCode()));
            for (OrganizationChange change : HISTORY.changes()) {
                LocalDate on = change.decision().effectiveDate();
                if (change instanceof Founding f) {
                    parents.put(f.organization().code(), f.organization().parentCode());
                    moveInto(f.organization().code(), on);
                } else if (change instanceof TransferIn in) {
                    parents.put(in.organization().code(), in.organization().parentCode());
                } else if (change instanceof TransferOut out) {
                    List<String> leaving = cellOf.entrySet().stream()
                            .filter(e -> isWithin(e.getValue(), out.code(), parents))
                            .map(Map.Entry::getKey)
                            .toList();
                    leaving.forEach(cellOf::remove);
                    leftWith.put(out.code(), leaving.size());
                } else if (change instanceof Split split) {
                    Set<String> listed = new HashSet<>();
                    for (Split.Part part : split.into()) {
                        parents.put(part.code(), parents.get(split.sourceCode()));
                        for (String member : REGISTER.splitParts().getOrDefault(part.code(), List.of())) {
                            if (!split.sourceCode().equals(cellOf.get(member))) {
                                problems.add(
                                        member + " listed in " + part.code() + " but not in " + split.sourceCode());
                            }
                            cellOf.put(member, part.code());
                            listed.add(member);
                        }
                    }
                    cellOf.entrySet().stream()
                            .filter(e -> e.getValue().equals(split.sourceCode()))
                            .forEach(e -> problems.add(e.getKey() + " left unlisted in split " + split.sourceCode()));
                } else if (change instanceof Merge merge) {
                    parents.put(merge.newTarget().code(), merge.newTarget().parentCode());
                    cellOf.replaceAll((member, cell) -> merge.sourceCodes().contains(cell)
                            ? merge.newTarget().code()
                            : cell);
                }
            }
            for (Member m : REGISTER.afterHistory()) {
                LocalDate entry = m.isReceived() ? m.receivedOn() : m.admittedOn();
                if (!TreeAsOf.of(HISTORY, entry).isActive(m.cellCode())) {
                    problems.add(m.nationalId() + " enters " + m.cellCode() + " on " + entry + ", not active then");
                }
                if (cellOf.put(m.nationalId(), m.cellCode()) != null) {
                    problems.add(m.nationalId() + " imported twice");
                }
            }
        }

        private void moveInto(String cell, LocalDate on) {
            for (RegisterHistory.Move move : REGISTER.moves()) {
                if (move.toCellCode().equals(cell)) {
                    if (!move.on().equals(on) || !move.fromCellCode().equals(cellOf.get(move.nationalId()))) {
                        problems.add(move + " does not start where the member is on the founding day");
                    }
                    TreeAsOf tree = TreeAsOf.of(HISTORY, on);
                    if (!tree.isActive(move.fromCellCode()) || !tree.isActive(move.toCellCode())) {
                        problems.add(move + " between cells not both active then");
                    }
                    cellOf.put(move.nationalId(), cell);
                }
            }
        }
    }

    private static final Replay REPLAY = new Replay();

    @Test
    void theMembersAreEachPlacedInACellActiveWhenTheyArePlaced() {
        assertEquals(List.of(), REPLAY.problems);
    }

    @Test
    void the54GrassrootsOrganizationsAnd5CellsTransferredOutTake2366MembersWithThem() {
        List<TransferOut> outs = HISTORY.changes().stream()
                .filter(TransferOut.class::isInstance)
                .map(TransferOut.class::cast)
                .toList();
        assertEquals(59, outs.size());
        assertEquals(59, REPLAY.leftWith.size());
        assertTrue(REPLAY.leftWith.values().stream().allMatch(n -> n > 0), REPLAY.leftWith.toString());
        assertEquals(
                2_366,
                REPLAY.leftWith.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theFourReceivedOrganizationsBring74MembersOnTheirReceiptDay() {
        Map<String, TransferIn> received = HISTORY.changes().stream()
                .filter(TransferIn.class::isInstance)
                .map(TransferIn.class::cast)
                .collect(Collectors.toMap(in -> in.organization().code(), Function.identity()));
        List<Member> brought =
                REGISTER.afterHistory().stream().filter(Member::isReceived).toList();
        assertEquals(74, brought.size());
        for (Member m : brought) {
            TransferIn in = received.get(Demo.AS_OF.grassrootsOf(m.cellCode()));
            assertEquals(in.decision().effectiveDate(), m.receivedOn(), m.nationalId());
            assertEquals(in.origin(), m.origin());
            assertFalse(m.admittedOn().isAfter(m.receivedOn()), m.nationalId());
        }
        // Everyone else in a received organization was admitted there after it came.
        for (Member m : Demo.DATASET.members()) {
            TransferIn in = received.get(Demo.AS_OF.grassrootsOf(m.cellCode()));
            if (in != null && !m.isReceived()) {
                assertTrue(m.admittedOn().isAfter(in.decision().effectiveDate()), m.nationalId());
            }
        }
    }

    @Test
    void everySplitMergeAndFoundedCellIsGivenItsMembers() {
        List<Split> splits = changes(Split.class);
        assertEquals(16, splits.size());
        for (Split split : splits) {
            for (Split.Part part : split.into()) {
                assertFalse(
                        REGISTER.splitParts()
                                .getOrDefault(part.code(), List.of())
                                .isEmpty(),
                        part.code());
            }
        }
        for (Merge merge : changes(Merge.class)) {
            for (String source : merge.sourceCodes()) {
                assertTrue(
                        REGISTER.atStart().stream().anyMatch(m -> m.cellCode().equals(source)), source);
            }
        }
        Set<String> movedInto =
                REGISTER.moves().stream().map(RegisterHistory.Move::toCellCode).collect(Collectors.toSet());
        long foundedWithMoves = changes(Founding.class).stream()
                .map(f -> f.organization().code())
                .filter(movedInto::contains)
                .count();
        assertEquals(8, foundedWithMoves); // the other 9 are the cells of the received committees
    }

    @Test
    void theRegisterAtTheEndIsTheArticlesDatesExactly() {
        Map<String, String> expected =
                Demo.DATASET.members().stream().collect(Collectors.toMap(Member::nationalId, Member::cellCode));
        assertEquals(14_357, REPLAY.cellOf.size());
        assertEquals(expected, REPLAY.cellOf);
    }

    private static <T extends OrganizationChange> List<T> changes(Class<T> kind) {
        return HISTORY.changes().stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .toList();
    }

    private static boolean isWithin(String code, String ancestor, Map<String, String> parents) {
        for (String c = code; c != null; c = parents.get(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
