package vn.partybloc.evaluation.domain;

/** Kiểm tra (inspection) or giám sát (supervision). */
public enum InspectionActivity {
    INSPECTION, SUPERVISION
}
