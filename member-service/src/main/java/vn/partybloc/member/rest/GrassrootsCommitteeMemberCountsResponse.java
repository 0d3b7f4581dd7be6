package vn.partybloc.member.rest;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MemberStatistics;

@Schema(
        name = "GrassrootsCommitteeMemberCounts",
        description =
                "Grassroots committee members (cấp ủy viên cơ sở, the article's 1,017): the distinct people holding "
                        + "a seat on the day on the executive committee (đảng ủy) of a GRASSROOTS_COMMITTEE or the cell committee "
                        + "(chi ủy) of a GRASSROOTS_CELL of the subtree. Seats on the Bloc's own committees, on a sub-committee's "
                        + "or a subordinate cell's committee and on inspection committees do not count (someone on the inspection "
                        + "committee and the executive counts once, by the executive seat); standing-committee members count "
                        + "through their executive seat. Qualifications, gender and host-unit headship are as recorded now; ages "
                        + "are on the day. Shares in percent, two decimals, of `total` unless said otherwise.")
public record GrassrootsCommitteeMemberCountsResponse(
        @Schema(description = "Distinct grassroots committee members.")
        long total,

        @Schema(description = "Seats held on those committees, by position.")
        Map<String, Long> byPosition,

        @Schema(description = "By degree.") Map<String, Long> byDegree,
        @Schema(description = "By academic title.") Map<String, Long> byAcademicTitle,
        @Schema(description = "By political theory level.") Map<String, Long> byPoliticalTheory,

        @Schema(description = "Share of doctors (the article's 4.42%).")
        double doctorShare,

        @Schema(description = "Share of masters (the article's 42.7%).")
        double masterShare,

        @Schema(description = "By state-management training (quản lý nhà nước).")
        QualificationLevelsResponse stateManagement,

        @Schema(description = "By foreign language (ngoại ngữ).")
        QualificationLevelsResponse foreignLanguage,

        @Schema(description = "By IT skill (tin học).") QualificationLevelsResponse itSkill,

        @Schema(description = "Distinct people holding a SECRETARY seat on those committees.")
        long secretaries,

        @Schema(description = "Of the secretaries, those who head their host unit (`headsHostUnit`).")
        long secretariesHeadingHostUnit,

        @Schema(description = "`secretariesHeadingHostUnit` as a share of `secretaries`.")
        double secretariesHeadingHostUnitShare,

        @Schema(
                description = "The standard each position is measured against, per position that has one "
                        + "(configuration, unconfirmed; see the service README).")
        Map<String, PositionStandardResponse> standard,

        @Schema(description = "People who meet the standard of every seat they hold on those committees.")
        long meetingStandard,

        @Schema(description = "Share of `meetingStandard` (the article's \"100% meet the standard\").")
        double meetingStandardShare,

        @Schema(
                description = "By age on the day, in the configured bands (`partybloc.statistics.age-band-limits`, "
                        + "by default `<30`, `30-39`, `40-49`, `50-59`, `>=60`; `UNKNOWN` without a date of birth).")
        Map<String, Long> byAgeBand,

        @Schema(description = "Women.") long women,
        @Schema(description = "Share of women.") double womenShare) {

    static GrassrootsCommitteeMemberCountsResponse from(MemberStatistics.GrassrootsCommitteeMembers g) {
        Map<String, PositionStandardResponse> standard = new TreeMap<>();
        g.standard().forEach((position, s) -> standard.put(position, PositionStandardResponse.from(s)));
        return new GrassrootsCommitteeMemberCountsResponse(
                g.total(),
                g.byPosition(),
                g.byDegree(),
                g.byAcademicTitle(),
                g.byPoliticalTheory(),
                g.doctorShare(),
                g.masterShare(),
                QualificationLevelsResponse.from(g.stateManagement()),
                QualificationLevelsResponse.from(g.foreignLanguage()),
                QualificationLevelsResponse.from(g.itSkill()),
                g.secretaries(),
                g.secretariesHeadingHostUnit(),
                g.secretariesHeadingHostUnitShare(),
                standard,
                g.meetingStandard(),
                g.meetingStandardShare(),
                g.byAgeBand(),
                g.women(),
                g.womenShare());
    }
}
