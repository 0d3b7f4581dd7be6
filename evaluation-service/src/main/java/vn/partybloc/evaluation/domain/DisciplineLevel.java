package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.contracts.OrganizationTypes;

/** The level of the organization whose body handles a case: what a body may decide depends on it. */
@Schema(
        description = "Level of the handling body's organization: CELL (a cell), SUB_COMMITTEE (đảng bộ bộ phận), "
                + "GRASSROOTS (a grassroots committee), BLOC (the Bloc committee, the level above grassroots), "
                + "PROVINCE (the provincial committee above the Bloc, outside this register: only an appeal's body).")
public enum DisciplineLevel {
    CELL,
    SUB_COMMITTEE,
    GRASSROOTS,
    BLOC,
    PROVINCE;

    public static DisciplineLevel of(OrganizationReplica organization) {
        return switch (organization.type) {
            case OrganizationTypes.BLOC_COMMITTEE -> BLOC;
            case OrganizationTypes.GRASSROOTS_COMMITTEE -> GRASSROOTS;
            case OrganizationTypes.SUB_COMMITTEE -> SUB_COMMITTEE;
            default -> CELL;
        };
    }
}
