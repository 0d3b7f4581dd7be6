package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that handles a discipline case. */
@Schema(
        description =
                "Body handling a discipline case: CELL (chi bộ, the member's own), STANDING_COMMITTEE (ban thường "
                        + "vụ cấp ủy), INSPECTION_COMMITTEE (ủy ban kiểm tra).")
public enum DisciplineBody {
    CELL,
    STANDING_COMMITTEE,
    INSPECTION_COMMITTEE
}
