package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "PARTY_WORK (bồi dưỡng nghiệp vụ công tác Đảng), INSPECTION_SUPERVISION (công tác kiểm tra, giám sát), PROPAGANDA (công tác tuyên giáo), NEW_COMMITTEE_MEMBER (bồi dưỡng cấp ủy viên mới), POLITICAL_THEORY (lý luận chính trị), OTHER.")
public enum CourseTopic {
    PARTY_WORK,
    INSPECTION_SUPERVISION,
    PROPAGANDA,
    NEW_COMMITTEE_MEMBER,
    POLITICAL_THEORY,
    OTHER
}
