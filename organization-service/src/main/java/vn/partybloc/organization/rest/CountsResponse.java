package vn.partybloc.organization.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.HostUnitKind;
import vn.partybloc.organization.domain.OrganizationCounts;
import vn.partybloc.organization.domain.OrganizationType;

@Schema(
        name = "OrganizationCounts",
        description = "Active organizations of a subtree (its root included), as of a date.")
public record CountsResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = "The date counted; absent for the latest state.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalDate asOf,

        @Schema(
                description =
                        "Grassroots organizations (tổ chức cơ sở đảng): grassroots committees plus grassroots cells.",
                example = "122")
        long grassroots,

        @Schema(description = "Count per organization type.")
        Map<OrganizationType, Long> byType,

        @Schema(description = "Count per host-unit kind.") Map<HostUnitKind, Long> byHostUnitKind,

        @Schema(description = "All active organizations counted.")
        long total) {

    static CountsResponse of(UUID organizationId, LocalDate asOf, OrganizationCounts counts) {
        return new CountsResponse(
                organizationId, asOf, counts.grassroots(), counts.byType(), counts.byHostUnitKind(), counts.total());
    }
}
