package vn.partybloc.training.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same schema as member-service's, so the gateway's merged document shares it. */
@Schema(
        name = "CommitteeKind",
        description =
                "EXECUTIVE_COMMITTEE (ban chấp hành), STANDING_COMMITTEE (ban thường vụ), CELL_COMMITTEE (chi ủy), INSPECTION_COMMITTEE (ủy ban kiểm tra).")
public enum CommitteeKind {
    EXECUTIVE_COMMITTEE,
    STANDING_COMMITTEE,
    CELL_COMMITTEE,
    INSPECTION_COMMITTEE
}
