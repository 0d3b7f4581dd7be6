package vn.partybloc.member.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.SuccessionReport;

@Schema(
        name = "SuccessionReport",
        description = "Candidates planned per position of a subtree's plans for a term, with the "
                + "shares of women and of young people (domain rule 13: reported against the targets, never enforced).")
public record SuccessionReportResponse(
        UUID organizationId,

        @Schema(description = "The term's first year, if one was asked for; null otherwise.", nullable = true)
        Integer termStartYear,

        @Schema(description = "One line per plan.") List<SuccessionReportLineResponse> plans,

        @Schema(
                description =
                        "All planned candidates of the subtree (a person planned for two positions counts twice).")
        SuccessionSharesResponse total,

        @Schema(description = "The reported targets, in percent.")
        SuccessionTargetsResponse targets) {

    static SuccessionReportResponse from(SuccessionReport r) {
        return new SuccessionReportResponse(
                r.organizationId(),
                r.termStartYear(),
                r.plans().stream().map(SuccessionReportLineResponse::from).toList(),
                SuccessionSharesResponse.from(r.total()),
                SuccessionTargetsResponse.from(r.targets()));
    }
}
