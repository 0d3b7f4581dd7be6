package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an inspection item looks at: an organization or a committee member. */
@Schema(description = "What an item looks at: ORGANIZATION (tổ chức đảng) or COMMITTEE_MEMBER (cấp ủy viên).")
public enum InspectionSubjectKind {
    ORGANIZATION,
    COMMITTEE_MEMBER
}
