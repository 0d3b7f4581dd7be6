package vn.partybloc.member.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MemberStatistics;

@Schema(name = "MemberCounts", description = "Member counts.")
public record MemberCountsResponse(
        @Schema(description = "All members recorded, any status.")
        long total,

        @Schema(description = "By status.") Map<String, Long> byStatus,
        @Schema(description = "By membership kind.") Map<String, Long> byKind) {

    static MemberCountsResponse from(MemberStatistics.Members m) {
        return new MemberCountsResponse(m.total(), m.byStatus(), m.byKind());
    }
}
