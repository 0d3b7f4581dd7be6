package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "RECEIVED (tiếp nhận), ACKNOWLEDGED (thụ lý), RESOLVED (đã giải quyết).")
public enum ComplaintStatus {
    RECEIVED,
    ACKNOWLEDGED,
    RESOLVED
}
