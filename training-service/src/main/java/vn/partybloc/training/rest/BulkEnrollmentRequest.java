package vn.partybloc.training.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.MemberSelection;

@Schema(
        name = "BulkEnrollmentRequest",
        description = "Whom to enrol: either `memberIds`, or `organizationId` for the active "
                + "members of that subtree; add `committeeMembersOnly`, `positions` or `committeeKinds` to take only the subtree's "
                + "committee members holding such positions today. Members already enrolled are skipped; if the rest would exceed "
                + "the capacity, nobody is enrolled (422 TRN-CAPACITY).",
        example = """
                {
                  "organizationId": "9b2e4f61-2c3a-4d8e-b7f1-6a5c0d9e8b21",
                  "positions": [
                    "SECRETARY",
                    "DEPUTY_SECRETARY"
                  ],
                  "committeeKinds": [
                    "CELL_COMMITTEE"
                  ]
                }""")
public record BulkEnrollmentRequest(
        @Schema(description = "The members.", maxItems = BulkLimits.MAX_MEMBERS) @Size(max = BulkLimits.MAX_MEMBERS)
        List<@NotNull UUID> memberIds,

        @Schema(description = "Root of the subtree whose members to enrol.")
        UUID organizationId,

        @Schema(description = "Only committee members of the subtree (any position).")
        Boolean committeeMembersOnly,

        @Schema(
                description =
                        "Only holders of these positions, e.g. SECRETARY (bí thư), DEPUTY_SECRETARY, MEMBER, CHAIR, VICE_CHAIR.")
        @Size(max = 5)
        List<@NotNull PositionKind> positions,

        @Schema(description = "Only positions on these committees, e.g. CELL_COMMITTEE (chi ủy), EXECUTIVE_COMMITTEE.")
        @Size(max = 4)
        List<@NotNull CommitteeKind> committeeKinds) {

    @AssertTrue(message = "{vn.partybloc.training.bulk.one-source}")
    @Schema(hidden = true)
    public boolean isOneSelection() {
        return (memberIds == null) != (organizationId == null);
    }

    @AssertTrue(message = "{vn.partybloc.training.bulk.filters-need-organization}")
    @Schema(hidden = true)
    public boolean isPositionFilterWithSubtree() {
        return organizationId != null || (committeeMembersOnly == null && positions == null && committeeKinds == null);
    }

    MemberSelection toDomain() {
        return new MemberSelection(
                memberIds,
                organizationId,
                Boolean.TRUE.equals(committeeMembersOnly),
                names(positions),
                names(committeeKinds));
    }

    private static Set<String> names(List<? extends Enum<?>> values) {
        return values == null
                ? Set.of()
                : values.stream().filter(Objects::nonNull).map(Enum::name).collect(Collectors.toSet());
    }
}
