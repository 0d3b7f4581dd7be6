package vn.partybloc.training.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContestRegistration", description = "What a registration did.")
public record ContestRegistrationResponse(
        @Schema(description = "Members registered now.") int registered) {}
