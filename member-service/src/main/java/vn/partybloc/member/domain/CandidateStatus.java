package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PLANNED: in the plan; REMOVED from it (đưa ra khỏi quy hoạch), with the reason.")
public enum CandidateStatus {
    PLANNED,
    REMOVED
}
