package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.TransferOut;

/**
 * The register through the history, in the order the loader sends it: the members on it at the start of the history
 * in the tree of 2020 (those of the organizations that leave later included), the members each split lists per part,
 * the moves into the cells founded during the history, and the members who join after its start (admitted, or
 * received with their organization) in their final cells. Merges and transfers out carry members without a list:
 * member-service moves or records them from organization-service's events.
 *
 * @param atStart on the register on {@link #START}, each in their cell of 2020
 * @param splitParts per split part (by code), the national ids of the members the split lists in it
 * @param moves the members moved from a cell of 2020 into a cell founded under the same parent, on its founding day
 * @param afterHistory admitted on or after {@link #START}, or received with their organization, in their final cells
 */
public record RegisterHistory(
        List<Member> atStart, Map<String, List<String>> splitParts, List<Move> moves, List<Member> afterHistory) {

    /** The first day of the article's period: the register imported before the history is the one of this day. */
    public static final LocalDate START = LocalDate.of(2021, 1, 1);

    /** The members on the register at the start, spread over the cells of the organizations that leave the Bloc. */
    static final int LEAVING_MEMBERS = 2_366;

    public record Move(
            String nationalId, String fromCellCode, String toCellCode, LocalDate on, String decisionNumber) {}

    public RegisterHistory {
        atStart = List.copyOf(atStart);
        splitParts = Map.copyOf(splitParts);
        moves = List.copyOf(moves);
        afterHistory = List.copyOf(afterHistory);
    }

    /** The cells of 2020 that leave the Bloc with their organization, and how many members each has then. */
    static Map<String, Integer> leavingCells(OrganizationHistory history) {
        Map<String, String> parents = new HashMap<>();
        List<String> cells = new ArrayList<>();
        for (Founding f : history.baseline()) {
            parents.put(f.organization().code(), f.organization().parentCode());
            if (f.organization().type().endsWith("_CELL")) {
                cells.add(f.organization().code());
            }
        }
        List<String> leaving = new ArrayList<>();
        for (OrganizationChange change : history.changes()) {
            if (change instanceof TransferOut out) {
                cells.stream()
                        .filter(cell -> isWithin(cell, out.code(), parents))
                        .forEach(leaving::add);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < leaving.size(); i++) {
            counts.put(
                    leaving.get(i), LEAVING_MEMBERS / leaving.size() + (i < LEAVING_MEMBERS % leaving.size() ? 1 : 0));
        }
        return counts;
    }

    static RegisterHistory of(CellOrigins origins, List<Member> members, List<Member> leavers) {
        List<Member> atStart = new ArrayList<>(leavers);
        Map<String, List<String>> splitParts = new LinkedHashMap<>();
        List<Move> moves = new ArrayList<>();
        List<Member> afterHistory = new ArrayList<>();
        Map<String, Integer> carriedInto = new HashMap<>();
        for (Member m : members) {
            if (m.isReceived() || !m.admittedOn().isBefore(START)) {
                afterHistory.add(m);
                continue;
            }
            CellOrigins.Origin origin = origins.of(m.cellCode());
            switch (origin.how()) {
                case BASELINE -> atStart.add(m);
                case SPLIT -> {
                    atStart.add(m.inCell(origin.from().get(0)));
                    splitParts
                            .computeIfAbsent(m.cellCode(), k -> new ArrayList<>())
                            .add(m.nationalId());
                }
                case MERGE -> {
                    int n = carriedInto.merge(m.cellCode(), 1, Integer::sum);
                    atStart.add(m.inCell(origin.from().get(n % origin.from().size())));
                }
                case FOUNDED -> {
                    String sibling = origin.from().get(0);
                    atStart.add(m.inCell(sibling));
                    moves.add(new Move(m.nationalId(), sibling, m.cellCode(), origin.since(), origin.decisionNumber()));
                }
                case RECEIVED -> throw new IllegalStateException(m.nationalId() + " in a received cell, not received");
            }
        }
        return new RegisterHistory(atStart, splitParts, moves, afterHistory);
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
