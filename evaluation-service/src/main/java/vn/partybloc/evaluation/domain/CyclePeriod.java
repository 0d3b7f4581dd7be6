package vn.partybloc.evaluation.domain;

/** The length of a review cycle; quarters and terms may follow. */
public enum CyclePeriod {
    YEAR
}
