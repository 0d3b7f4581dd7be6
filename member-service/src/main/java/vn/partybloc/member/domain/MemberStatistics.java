package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MemberStatistics",
        description = "Members and committee members of a subtree at the end of a day (today by "
                + "default). Cells, statuses and membership kinds follow the members' recorded history; qualifications are as "
                + "recorded now; the subtree is the organization tree as it stands now.")
public record MemberStatistics(
        @Schema(description = "Root of the subtree.") UUID orgId,

        @Schema(description = "The day the figures describe.")
        LocalDate asOf,

        @Schema(description = "Members of the subtree.") Members members,

        @Schema(
                description =
                        "Distinct members holding a committee position on that day on a committee of the subtree.")
        CommitteeMembers committeeMembers) {

    @Schema(name = "MemberCounts", description = "Member counts.")
    public record Members(
            @Schema(description = "All members recorded, any status.")
            long total,

            @Schema(description = "By status.") Map<String, Long> byStatus,
            @Schema(description = "By membership kind.") Map<String, Long> byKind) {}

    @Schema(name = "CommitteeMemberCounts", description = "Committee members (cấp ủy viên) and their qualifications.")
    public record CommitteeMembers(
            @Schema(description = "Distinct committee members.")
            long total,

            @Schema(description = "Positions held, by position.")
            Map<String, Long> byPosition,

            @Schema(description = "By degree.") Map<String, Long> byDegree,
            @Schema(description = "By academic title.") Map<String, Long> byAcademicTitle,

            @Schema(description = "By political theory level.")
            Map<String, Long> byPoliticalTheory,

            @Schema(description = "Share of doctors, in percent, two decimals (the article's 4.42%).")
            double doctorShare,

            @Schema(description = "Share of masters, in percent, two decimals (the article's 42.7%).")
            double masterShare) {}
}
