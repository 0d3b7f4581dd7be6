package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationChange.TransferIn;
import vn.partybloc.launcher.demo.OrganizationChange.TransferOut;

/** The article's organization figures, on the generated history replayed as organization-service applies it. */
class DemoOrganizationsTest {

    private static final OrganizationHistory HISTORY = Demo.DATASET.organizations();
    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    private static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);

    @Test
    void asOfTheArticlesDateTheBlocHas122GrassrootsOrganizations12SubCommitteesAnd1117SubordinateCells() {
        TreeAsOf tree = Demo.AS_OF;
        assertEquals(93, tree.count("GRASSROOTS_COMMITTEE"));
        assertEquals(29, tree.count("GRASSROOTS_CELL"));
        assertEquals(12, tree.count("SUB_COMMITTEE"));
        assertEquals(1_117, tree.count("SUBORDINATE_CELL"));
        assertEquals(1, tree.count("BLOC_COMMITTEE"));
    }

    @Test
    void theTreeOf2020HasThe54GrassrootsOrganizationsThatLeaveLater() {
        TreeAsOf tree = TreeAsOf.of(HISTORY, END_OF_2020);
        assertEquals(172, tree.count("GRASSROOTS_COMMITTEE") + tree.count("GRASSROOTS_CELL"));
        assertEquals(12, tree.count("SUB_COMMITTEE"));
        assertEquals(1_224, tree.count("SUBORDINATE_CELL"));
        assertTrue(HISTORY.baseline().stream()
                .allMatch(f -> f.decision().effectiveDate().isBefore(FROM)));
    }

    @Test
    void the54GrassrootsOrganizationsAnd5CellsTransferredOutAnd4ReceivedAreTheArticles() {
        List<String> outTypes = between(TransferOut.class).stream()
                .map(out -> TreeAsOf.of(HISTORY, END_OF_2020).type(out.code()))
                .toList();
        assertEquals(
                54, outTypes.stream().filter(t -> t.startsWith("GRASSROOTS_")).count());
        assertEquals(
                5, outTypes.stream().filter(t -> t.equals("SUBORDINATE_CELL")).count());
        assertEquals(59, outTypes.size());
        assertEquals(
                4,
                between(TransferIn.class).stream()
                        .filter(in -> in.organization().type().startsWith("GRASSROOTS_"))
                        .count());
    }

    @Test
    void seventeenCellsAreFounded16Split15PairsConsolidated() {
        assertEquals(
                17,
                between(Founding.class).stream()
                        .filter(f -> f.organization().type().equals("SUBORDINATE_CELL"))
                        .count());
        assertEquals(
                List.of(),
                between(Founding.class).stream()
                        .filter(f -> !f.organization().type().equals("SUBORDINATE_CELL"))
                        .toList());
        List<Split> splits = between(Split.class);
        assertEquals(16, splits.size());
        assertTrue(splits.stream().allMatch(s -> s.into().size() == 2));
        List<Merge> merges = between(Merge.class);
        assertEquals(15, merges.size());
        assertTrue(merges.stream().allMatch(m -> m.sourceCodes().size() == 2));
        assertEquals(HISTORY.changes().size(), 59 + 4 + 17 + 16 + 15);
    }

    @Test
    void theSecretarysOrganizationIsAGrassrootsCommitteeStillInTheBloc() {
        assertTrue(Demo.AS_OF.isActive(OrganizationHistory.SECRETARY_ORGANIZATION));
        assertEquals("GRASSROOTS_COMMITTEE", Demo.AS_OF.type(OrganizationHistory.SECRETARY_ORGANIZATION));
    }

    /** The changes of one kind that take effect from 2021 to the article's date. */
    private static <T extends OrganizationChange> List<T> between(Class<T> kind) {
        return HISTORY.changes().stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .filter(c -> !c.decision().effectiveDate().isBefore(FROM)
                        && !c.decision().effectiveDate().isAfter(DemoDataset.AS_OF))
                .toList();
    }
}
