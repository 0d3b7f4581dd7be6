package vn.partybloc.member.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MemberStatistics;

@Schema(name = "MemberCounts", description = "Member counts.")
public record MemberCountsResponse(
        @Schema(
                description = "The members on the register on the day (ACTIVE or EXEMPT): those who have left "
                        + "(transferred out, died, struck off, expelled) are counted in `byStatus` only.")
        long total,

        @Schema(description = "By status, every status, those who have left included.")
        Map<String, Long> byStatus,

        @Schema(description = "Members on the register by membership kind (full, probationary).")
        Map<String, Long> byKind,

        @Schema(description = "Members on the register by state-management training (quản lý nhà nước).")
        QualificationLevelsResponse stateManagement,

        @Schema(description = "Members on the register by foreign language (ngoại ngữ).")
        QualificationLevelsResponse foreignLanguage,

        @Schema(description = "Members on the register by IT skill (tin học).")
        QualificationLevelsResponse itSkill) {

    static MemberCountsResponse from(MemberStatistics.Members m) {
        return new MemberCountsResponse(
                m.total(),
                m.byStatus(),
                m.byKind(),
                QualificationLevelsResponse.from(m.stateManagement()),
                QualificationLevelsResponse.from(m.foreignLanguage()),
                QualificationLevelsResponse.from(m.itSkill()));
    }
}
