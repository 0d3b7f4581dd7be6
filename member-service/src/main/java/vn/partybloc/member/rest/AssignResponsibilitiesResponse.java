package vn.partybloc.member.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignResponsibilitiesResponse", description = "The responsibilities a batch assigned.")
public record AssignResponsibilitiesResponse(
        @Schema(description = "The responsibilities assigned, in the order of the request's items.")
        List<ResponsibilityResponse> items) {}
