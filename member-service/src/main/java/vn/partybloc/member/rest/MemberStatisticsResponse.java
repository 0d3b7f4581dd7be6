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
                        "Distinct members holding a committee position on that day on a committee of the subtree.")
        CommitteeMemberCountsResponse committeeMembers) {

    static MemberStatisticsResponse from(MemberStatistics s) {
        return new MemberStatisticsResponse(
                s.organizationId(),
                s.asOf(),
                MemberCountsResponse.from(s.members()),
                CommitteeMemberCountsResponse.from(s.committeeMembers()));
    }
}
