package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MoveRequest",
        description = "Transfer within the Bloc: move the organization, with its subtree, under another parent.",
        example = """
                {
                  "newParentId": "e63f9ab4-7b8d-4c5e-af40-3d1c2b9e8a54",
                  "decision": {
                    "number": "135-QĐ/ĐU",
                    "date": "2024-05-06"
                  }
                }""")
public record MoveRequest(
        @Schema(description = "The new parent.") @NotNull UUID newParentId,

        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {}
