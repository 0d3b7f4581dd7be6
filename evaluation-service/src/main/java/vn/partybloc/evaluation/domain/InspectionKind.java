package vn.partybloc.evaluation.domain;

/** Thường xuyên (routine) or chuyên đề (thematic). */
public enum InspectionKind {
    ROUTINE, THEMATIC
}
