package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "EXECUTIVE_COMMITTEE (ban chấp hành), STANDING_COMMITTEE (ban thường vụ), CELL_COMMITTEE (chi ủy), INSPECTION_COMMITTEE (ủy ban kiểm tra).")
public enum CommitteeKind {
    EXECUTIVE_COMMITTEE,
    STANDING_COMMITTEE,
    CELL_COMMITTEE,
    INSPECTION_COMMITTEE;

    /**
     * The committees a seat on this one continues: the leadership (executive, standing, cell committee) or the
     * inspection committee. A member who already sat on one of them is not newly added to the organization's
     * committees.
     */
    public java.util.Set<CommitteeKind> family() {
        return this == INSPECTION_COMMITTEE
                ? java.util.EnumSet.of(INSPECTION_COMMITTEE)
                : java.util.EnumSet.of(EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, CELL_COMMITTEE);
    }
}
