package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "EXECUTIVE_COMMITTEE (ban chấp hành), STANDING_COMMITTEE (ban thường vụ), CELL_COMMITTEE (chi ủy), INSPECTION_COMMITTEE (ủy ban kiểm tra).")
public enum CommitteeKind {
    EXECUTIVE_COMMITTEE,
    STANDING_COMMITTEE,
    CELL_COMMITTEE,
    INSPECTION_COMMITTEE
}
