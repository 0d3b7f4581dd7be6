package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "evaluation-service's record that decided a consequence: DISCIPLINE_CASE, SCREENING_FINDING, "
                + "CONFIDENCE_VOTE.")
public enum DecidingRecordKind {
    DISCIPLINE_CASE,
    SCREENING_FINDING,
    CONFIDENCE_VOTE
}
