package vn.partybloc.evaluation.domain;

/** What an inspection item looks at: an organization or a committee member. */
public enum InspectionSubjectKind {
    ORGANIZATION, COMMITTEE_MEMBER
}
