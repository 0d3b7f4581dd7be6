package vn.partybloc.organization.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.organization.domain.ChangeKind;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.organization.domain.StructuralChangeCounts;

@Schema(
        name = "StructuralChangeCounts",
        description =
                "Structural changes of a subtree that took effect in a period, each change counted once (a change that "
                        + "carries organizations along counts once, not per organization carried). Every kind but UPDATE "
                        + "(a plain update changes no structure) and every type is present, zero if none.")
public record ChangeCountsResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
        LocalDate from,

        @Schema(description = "Last day of the period (inclusive).", example = "2023-06-30")
        LocalDate to,

        @Schema(description = "All changes counted.", example = "106")
        long total,

        @Schema(
                description =
                        "Changes per kind: FOUND, MOVE, TRANSFER_OUT (with the organizations under it), TRANSFER_IN, SPLIT, "
                                + "MERGE, DISSOLVE.")
        Map<ChangeKind, Long> byKind,

        @Schema(
                description =
                        "Changes per kind and type of the organization the change is about: the organization founded, "
                                + "moved, transferred out, received or dissolved, the source of a split, the target of a merge.")
        Map<ChangeKind, Map<OrganizationType, Long>> byKindAndType,

        @Schema(
                description =
                        "Organizations carried along per kind, not counted as changes of their own: the descendants of an "
                                + "organization moved or transferred out, the children a merge moved under its target.")
        Map<ChangeKind, Long> carriedAlong) {

    static ChangeCountsResponse of(UUID organizationId, StructuralChangeCounts counts) {
        return new ChangeCountsResponse(
                organizationId,
                counts.from(),
                counts.to(),
                counts.total(),
                counts.byKind(),
                counts.byKindAndType(),
                counts.carriedAlong());
    }
}
