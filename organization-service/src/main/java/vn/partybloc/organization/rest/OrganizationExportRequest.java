package vn.partybloc.organization.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.web.PageRequest;

@Schema(
        name = "OrganizationExportRequest",
        description = "Which organizations to export; an empty object exports all you may read.",
        example = """
                {
                  "organizationId": "7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c",
                  "asOf": "2023-06-30",
                  "statuses": ["ACTIVE"]
                }""")
public record OrganizationExportRequest(
        @Schema(description = "Only this organization and its subtree.")
        UUID organizationId,

        @Schema(description = "The tree as it stood at the end of this day; the latest state if absent.")
        LocalDate asOf,

        @Schema(description = "Only these types; every type if absent.") @Size(max = PageRequest.MAX_FILTER_VALUES)
        List<@NotNull OrganizationType> types,

        @Schema(description = "Only these statuses; every status if absent.") @Size(max = PageRequest.MAX_FILTER_VALUES)
        List<@NotNull OrganizationStatus> statuses) {}
