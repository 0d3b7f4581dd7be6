package vn.partybloc.member.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MemberStatistics;

@Schema(name = "CommitteeMemberCounts", description = "Committee members (cấp ủy viên) and their qualifications.")
public record CommitteeMemberCountsResponse(
        @Schema(description = "Distinct committee members.") long total,

        @Schema(description = "Positions held, by position.")
        Map<String, Long> byPosition,

        @Schema(description = "By degree.") Map<String, Long> byDegree,
        @Schema(description = "By academic title.") Map<String, Long> byAcademicTitle,

        @Schema(description = "By political theory level.") Map<String, Long> byPoliticalTheory,

        @Schema(description = "Share of doctors, in percent, two decimals (the article's 4.42%).")
        double doctorShare,

        @Schema(description = "Share of masters, in percent, two decimals (the article's 42.7%).")
        double masterShare) {

    static CommitteeMemberCountsResponse from(MemberStatistics.CommitteeMembers c) {
        return new CommitteeMemberCountsResponse(
                c.total(),
                c.byPosition(),
                c.byDegree(),
                c.byAcademicTitle(),
                c.byPoliticalTheory(),
                c.doctorShare(),
                c.masterShare());
    }
}
