package vn.partybloc.evaluation.domain;

/** What a target counts: ratings of at least complete, at least good, or exactly excellent. */
public enum TargetMetric {
    AT_LEAST_COMPLETE, AT_LEAST_GOOD, EXCELLENT
}
