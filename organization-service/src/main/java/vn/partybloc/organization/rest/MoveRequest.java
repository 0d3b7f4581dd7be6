package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MoveRequest",
        description = "Transfer within the Bloc: move the organization, with its subtree, under another parent.")
public record MoveRequest(
        @Schema(description = "The new parent.") @NotNull UUID newParentId,

        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {}
