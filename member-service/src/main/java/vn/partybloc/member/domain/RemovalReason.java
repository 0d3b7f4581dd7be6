package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Why a candidate leaves a succession plan: no longer meets the standard; a low confidence vote "
                + "(QĐ 96-QĐ/TW); discipline; reassigned elsewhere; age (cannot serve a full term); at their own request; "
                + "appointed to the position; other (see the note).")
public enum RemovalReason {
    NO_LONGER_MEETS_STANDARD,
    LOW_CONFIDENCE_VOTE,
    DISCIPLINE,
    REASSIGNED,
    AGE,
    OWN_REQUEST,
    APPOINTED,
    OTHER
}
