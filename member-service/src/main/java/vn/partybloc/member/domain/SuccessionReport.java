package vn.partybloc.member.domain;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SuccessionReport",
        description = "Candidates planned per position of a subtree's plans for a term, with the "
                + "shares of women and of young people (domain rule 13: reported against the targets, never enforced).")
public record SuccessionReport(
        UUID orgId,

        @Schema(description = "The term's first year, if one was asked for.")
        Integer termStartYear,

        @Schema(description = "One line per plan.") List<Line> plans,

        @Schema(
                description =
                        "All planned candidates of the subtree (a person planned for two positions counts twice).")
        Shares total,

        @Schema(description = "The reported targets, in percent.")
        Targets targets) {

    @Schema(name = "SuccessionReportLine")
    public record Line(
            UUID planId,
            UUID organizationId,
            CommitteeKind committeeKind,
            PositionKind position,
            int termStartYear,
            int termEndYear,
            Shares candidates) {}

    @Schema(
            name = "SuccessionShares",
            description = "Candidates still planned, and how many of them are women and young.")
    public record Shares(
            long planned,
            long women,
            long young,
            @Schema(description = "Percent, two decimals.") double womenShare,
            @Schema(description = "Percent, two decimals.") double youngShare,

            @Schema(description = "Removed from the plan (kept for the record).")
            long removed) {}

    @Schema(name = "SuccessionTargets")
    public record Targets(
            @Schema(description = "Young means younger than this on 1 January of the term's first year.")
            int youngUnder,

            double youngShare,
            double womenShare,
            boolean youngMet,
            boolean womenMet) {}
}
