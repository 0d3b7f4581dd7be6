package vn.partybloc.member.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MemberStatistics;

@Schema(
        name = "MemberStatistics",
        description = "Members and committee members of a subtree at the end of a day (today by "
                + "default). Cells, statuses and membership kinds follow the members' recorded history; qualifications are as "
                + "recorded now; the subtree is the organization tree as it stands now.")
public record MemberStatisticsResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = "The day the figures describe.")
        LocalDate asOf,

        @Schema(description = "Members of the subtree.") MemberCountsResponse members,

        @Schema(
                description =
                        "Distinct members holding a committee position on that day on any committee of the subtree "
                                + "(the Bloc's, sub-committees' and subordinate cells' included; "
                                + "`grassrootsCommitteeMembers` is the article's figure).")
        CommitteeMemberCountsResponse committeeMembers,

        @Schema(
                description = "Grassroots committee members (cấp ủy viên cơ sở): seats on the executive committees of "
                        + "grassroots committees and the cell committees of grassroots cells only, with their "
                        + "qualification, standard, age and gender figures.")
        GrassrootsCommitteeMemberCountsResponse grassrootsCommitteeMembers) {

    static MemberStatisticsResponse from(MemberStatistics s) {
        return new MemberStatisticsResponse(
                s.organizationId(),
                s.asOf(),
                MemberCountsResponse.from(s.members()),
                CommitteeMemberCountsResponse.from(s.committeeMembers()),
                GrassrootsCommitteeMemberCountsResponse.from(s.grassrootsCommitteeMembers()));
    }
}
