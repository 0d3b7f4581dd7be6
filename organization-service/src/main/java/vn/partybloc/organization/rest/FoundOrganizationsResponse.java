package vn.partybloc.organization.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FoundOrganizationsResponse", description = "The organizations a batch founded.")
public record FoundOrganizationsResponse(
        @Schema(description = "The organizations founded, in the order of the request's items.")
        List<OrganizationResponse> items) {}
