package vn.partybloc.evaluation.domain;

/** How a target's share compares: more than, at least, at most the percent. */
public enum TargetComparison {
    MORE_THAN, AT_LEAST, AT_MOST
}
