package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationChange.TransferIn;

/**
 * How each cell of the final tree came to be, read from the history: since when it exists and where the members it has
 * at the end were before it did. A member on the register at the start of the history is carried into a cell the
 * history makes (by a split's list, a merge, or a move into a founded cell); a received cell's members come in with it.
 */
final class CellOrigins {

    enum How {
        /** In the tree of 2020. */
        BASELINE,
        /** A part of a split cell ({@code from}: the source). */
        SPLIT,
        /** The new target of a merge ({@code from}: the sources). */
        MERGE,
        /** Founded under a parent of 2020 ({@code from}: the sibling its members move from). */
        FOUNDED,
        /** Received from outside the Bloc, or founded under a received organization on the day of its receipt. */
        RECEIVED
    }

    /**
     * @param since the day it exists from (null for the tree of 2020)
     * @param origin the organization outside the Bloc a received cell comes from
     */
    record Origin(How how, LocalDate since, List<String> from, String origin, String decisionNumber) {}

    private final Map<String, Origin> origins = new HashMap<>();

    private CellOrigins() {}

    static CellOrigins of(OrganizationHistory history, ActiveTree finalTree) {
        CellOrigins cells = new CellOrigins();
        for (Founding f : history.baseline()) {
            cells.origins.put(f.organization().code(), new Origin(How.BASELINE, null, List.of(), null, null));
        }
        Map<String, TransferIn> received = new HashMap<>();
        for (OrganizationChange change : history.changes()) {
            LocalDate on = change.decision().effectiveDate();
            String decision = change.decision().number();
            if (change instanceof TransferIn in) {
                received.put(in.organization().code(), in);
                cells.origins.put(
                        in.organization().code(), new Origin(How.RECEIVED, on, List.of(), in.origin(), decision));
            } else if (change instanceof Founding f) {
                String parent = f.organization().parentCode();
                Origin origin = received.containsKey(parent)
                        ? new Origin(
                                How.RECEIVED,
                                on,
                                List.of(),
                                received.get(parent).origin(),
                                decision)
                        : new Origin(How.FOUNDED, on, List.of(cells.sibling(parent, finalTree)), null, decision);
                cells.origins.put(f.organization().code(), origin);
            } else if (change instanceof Split split) {
                for (Split.Part part : split.into()) {
                    cells.origins.put(
                            part.code(), new Origin(How.SPLIT, on, List.of(split.sourceCode()), null, decision));
                }
            } else if (change instanceof Merge merge) {
                cells.origins.put(
                        merge.newTarget().code(), new Origin(How.MERGE, on, merge.sourceCodes(), null, decision));
            }
        }
        return cells;
    }

    Origin of(String cell) {
        return origins.get(cell);
    }

    /** A cell of 2020 under the same parent that is still there at the end: the members of a new cell come from it. */
    private String sibling(String parent, ActiveTree finalTree) {
        return finalTree.active("SUBORDINATE_CELL").stream()
                .filter(node -> parent.equals(node.parentCode()))
                .filter(node -> origins.containsKey(node.code())
                        && origins.get(node.code()).how() == How.BASELINE)
                .min(Comparator.comparing(ActiveTree.Node::code))
                .orElseThrow(() -> new IllegalStateException("no cell of 2020 under " + parent))
                .code();
    }
}
