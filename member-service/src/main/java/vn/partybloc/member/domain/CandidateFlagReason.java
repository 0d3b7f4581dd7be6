package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Why a candidate is flagged for the organizer's decision: LOW_CONFIDENCE (over half \"low\" in a "
                + "confidence vote: out of planning, for review), DISMISSAL_PROPOSED (two thirds or more \"low\": a "
                + "dismissal proposal; QĐ 96-QĐ/TW), DISCIPLINED (a discipline decision).")
public enum CandidateFlagReason {
    LOW_CONFIDENCE,
    DISMISSAL_PROPOSED,
    DISCIPLINED
}
