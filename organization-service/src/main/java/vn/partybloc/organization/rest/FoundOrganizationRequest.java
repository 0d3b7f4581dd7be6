package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FoundOrganizationRequest", description = "Found (thành lập) an organization by a decision.")
public record FoundOrganizationRequest(
        @Schema(description = "The organization to found.") @NotNull @Valid
        NewOrganizationRequest organization,

        @Schema(description = "The founding decision.") @NotNull @Valid
        DecisionRequest decision) {}
