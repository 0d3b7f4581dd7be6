package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What a decision changed in the register: EXPELLED and STRUCK_OFF (the member left it), "
                + "POSITION_ENDED (a post ended with reason DISCIPLINE), CANDIDATE_REMOVED (a candidate taken out of a "
                + "succession plan for a low confidence vote or discipline, or while flagged by such a decision).")
public enum ConsequenceKind {
    EXPELLED,
    STRUCK_OFF,
    POSITION_ENDED,
    CANDIDATE_REMOVED
}
