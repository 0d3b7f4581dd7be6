package vn.partybloc.organization.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.organization.domain.OrganizationWarnings;

@Schema(
        name = "StructureWarnings",
        description =
                "The active organizations of a subtree (its root included) that do not meet domain rule 1 or 2, with "
                        + "their member counts, now.")
public record StructureWarningsResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = "Organizations with at least one warning, per rule id.")
        Map<String, Long> byRule,

        @Schema(description = "Each organization with a warning, the shallowest first.")
        List<Item> items) {

    @Schema(name = "StructureWarningsItem", description = "An organization with its warnings.")
    public record Item(
            @Schema(description = "The organization.") UUID organizationId,
            @Schema(description = "Its code.") String code,
            @Schema(description = "Its name.") String name,
            @Schema(description = "Its type.") OrganizationType type,
            @Schema(description = "Its parent.") UUID parentId,

            @Schema(description = "Members on the register (active or exempt) in it and its subtree.")
            long members,

            @Schema(description = "Of them, full (not probationary) members.")
            long fullMembers,

            @Schema(description = "Its warnings.") List<StructureWarningResponse> warnings) {}

    static StructureWarningsResponse of(UUID organizationId, List<OrganizationWarnings> found, Locale locale) {
        Map<String, Long> byRule = new TreeMap<>();
        found.forEach(o ->
                o.warnings().stream().map(w -> w.rule()).distinct().forEach(rule -> byRule.merge(rule, 1L, Long::sum)));
        List<Item> items = found.stream()
                .map(o -> new Item(
                        o.organization().id(),
                        o.organization().code(),
                        o.organization().name(),
                        o.organization().type(),
                        o.organization().parentId(),
                        o.count().members(),
                        o.count().fullMembers(),
                        StructureWarningResponse.from(o.warnings(), locale)))
                .toList();
        return new StructureWarningsResponse(organizationId, byRule, items);
    }
}
