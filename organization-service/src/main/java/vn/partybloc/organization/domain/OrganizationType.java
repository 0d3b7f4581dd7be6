package vn.partybloc.organization.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Kind of party organization: BLOC_COMMITTEE (Đảng bộ Khối, the root), GRASSROOTS_COMMITTEE (đảng bộ cơ sở), "
                        + "GRASSROOTS_CELL (chi bộ cơ sở), SUB_COMMITTEE (đảng bộ bộ phận), SUBORDINATE_CELL (chi bộ trực thuộc).")
public enum OrganizationType {
    BLOC_COMMITTEE,
    GRASSROOTS_COMMITTEE,
    GRASSROOTS_CELL,
    SUB_COMMITTEE,
    SUBORDINATE_CELL;

    /** Domain rule 3: which types may sit directly under this one. */
    public Set<OrganizationType> allowedChildren() {
        return switch (this) {
            case BLOC_COMMITTEE -> EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
            case GRASSROOTS_COMMITTEE -> EnumSet.of(SUB_COMMITTEE, SUBORDINATE_CELL);
            case SUB_COMMITTEE -> EnumSet.of(SUBORDINATE_CELL);
            case GRASSROOTS_CELL, SUBORDINATE_CELL -> EnumSet.noneOf(OrganizationType.class);
        };
    }

    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
    }

    public boolean isCell() {
        return this == GRASSROOTS_CELL || this == SUBORDINATE_CELL;
    }
}
