package vn.partybloc.evaluation.domain;

/** The consequence of a confidence vote for one person (QĐ 96-QĐ/TW): over half low → out of planning; two thirds → dismissal. */
public enum VoteFlag {
    NONE, REMOVE_FROM_PLANNING, DISMISSAL
}
