package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Why a position ended: TERM_ENDED, REASSIGNMENT (điều động), ROTATION (luân chuyển), RESIGNATION, DISCIPLINE, DEATH, LEFT_THE_PARTY.")
public enum EndReason {
    TERM_ENDED,
    REASSIGNMENT,
    ROTATION,
    RESIGNATION,
    DISCIPLINE,
    DEATH,
    LEFT_THE_PARTY
}
