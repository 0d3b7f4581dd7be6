package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Outcome: FOUNDED (đúng), PARTLY_FOUNDED (đúng một phần), UNFOUNDED (sai), NOT_ACCEPTED (không "
                + "thụ lý: not the body's to resolve, anonymous, or already resolved).")
public enum ComplaintOutcome {
    FOUNDED,
    PARTLY_FOUNDED,
    UNFOUNDED,
    NOT_ACCEPTED
}
