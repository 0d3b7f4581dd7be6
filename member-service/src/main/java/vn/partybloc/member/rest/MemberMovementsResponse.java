package vn.partybloc.member.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.member.domain.MemberMovements;
import vn.partybloc.member.domain.MembershipChangeKind;

@Schema(
        name = "MemberMovements",
        description =
                "The recorded changes of members of a subtree during a period (domain rule 14), each counted once: a change "
                        + "belongs to the subtree when the cell it leaves or the cell it reaches lies in it (the tree as it "
                        + "stands now; organizations that left keep their place).")
public record MemberMovementsResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
        LocalDate from,

        @Schema(description = "Last day of the period (inclusive).", example = "2023-06-30")
        LocalDate to,

        @Schema(
                description =
                        "Changes per kind, every kind but UPDATED present (zero if none): admitted, recognised full, "
                                + "transferred in, moved, transferred out, died, struck off, expelled, exempted.")
        Map<MembershipChangeKind, Long> byKind,

        @Schema(
                description =
                        "Members received from outside the Bloc: with their organization (into a cell that no earlier change "
                                + "had brought anyone into: a received organization brings its members in on its decision's "
                                + "day), or individually (into a cell that already had members).")
        Transfers transferredIn,

        @Schema(
                description =
                        "Members who left the Bloc: with their organization (recorded by organization-service when the "
                                + "organization was transferred out), or individually (a departure recorded for the member).")
        Transfers transferredOut,

        @Schema(description = "Moves between cells of the Bloc.")
        Moves moves) {

    @Schema(name = "MemberTransfers", description = "Transfers into or out of the Bloc, by how the member went.")
    public record Transfers(
            @Schema(description = "With their organization.", example = "2366")
            long withOrganization,

            @Schema(description = "On their own.", example = "12")
            long individually) {}

    @Schema(name = "MemberMoves", description = "Moves between cells of the Bloc, seen from the subtree.")
    public record Moves(
            @Schema(description = "From one cell of the subtree to another.", example = "40")
            long within,

            @Schema(description = "Into the subtree from a cell outside it.", example = "3")
            long in,

            @Schema(description = "Out of the subtree into a cell elsewhere in the Bloc.", example = "2")
            long out) {}

    static MemberMovementsResponse from(MemberMovements m) {
        return new MemberMovementsResponse(
                m.organizationId(),
                m.from(),
                m.to(),
                m.byKind(),
                new Transfers(
                        m.transferredIn().withOrganization(), m.transferredIn().individually()),
                new Transfers(
                        m.transferredOut().withOrganization(),
                        m.transferredOut().individually()),
                new Moves(m.moves().within(), m.moves().in(), m.moves().out()));
    }
}
