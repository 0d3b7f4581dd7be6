package vn.partybloc.evaluation.domain;

/** One step of a review's audit trail. */
public enum ReviewStep {
    SELF_ASSESSED, PROPOSED, DECIDED, PUBLISHED, CANCELLED
}
