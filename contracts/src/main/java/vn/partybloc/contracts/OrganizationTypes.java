package vn.partybloc.contracts;

import java.util.Set;

/** The organization types of rule 3 as organization events name them. */
public final class OrganizationTypes {

    public static final String BLOC_COMMITTEE = "BLOC_COMMITTEE";
    public static final String GRASSROOTS_COMMITTEE = "GRASSROOTS_COMMITTEE";
    public static final String GRASSROOTS_CELL = "GRASSROOTS_CELL";
    public static final String SUB_COMMITTEE = "SUB_COMMITTEE";
    public static final String SUBORDINATE_CELL = "SUBORDINATE_CELL";

    /** The grassroots party organizations: a grassroots committee or a grassroots cell. */
    public static final Set<String> GRASSROOTS = Set.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);

    /** Organizations below a grassroots committee. */
    public static final Set<String> SUBORDINATE = Set.of(SUB_COMMITTEE, SUBORDINATE_CELL);

    /** Cells, where members are registered. */
    public static final Set<String> CELLS = Set.of(GRASSROOTS_CELL, SUBORDINATE_CELL);

    private OrganizationTypes() {}

    public static boolean isCell(String type) {
        return CELLS.contains(type);
    }
}
