package vn.partybloc.evaluation.domain;

/** Execution status of an inspection item. */
public enum InspectionStatus {
    PLANNED, DONE, CANCELLED
}
