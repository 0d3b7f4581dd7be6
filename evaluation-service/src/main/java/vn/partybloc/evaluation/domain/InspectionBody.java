package vn.partybloc.evaluation.domain;

/** Who carries out an inspection plan: the committee (cấp ủy) or its inspection committee (UBKT). */
public enum InspectionBody {
    COMMITTEE, INSPECTION_COMMITTEE
}
