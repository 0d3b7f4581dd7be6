package vn.partybloc.evaluation.domain;

/** Where a review stands in the flow self-assessment → proposal → decision → publication (domain rule 9). */
public enum ReviewStatus {
    SELF_ASSESSED, PROPOSED, DECIDED, PUBLISHED, CANCELLED
}
