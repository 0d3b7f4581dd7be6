package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a review's audit trail. */
@Schema(description = "A step of the audit trail: SELF_ASSESSED, PROPOSED, DECIDED, PUBLISHED, CANCELLED.")
public enum ReviewStep {
    SELF_ASSESSED,
    PROPOSED,
    DECIDED,
    PUBLISHED,
    CANCELLED
}
