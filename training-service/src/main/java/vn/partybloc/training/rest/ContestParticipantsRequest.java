package vn.partybloc.training.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContestParticipantsRequest",
        description = "Members to register; already registered ones are skipped.",
        example = """
                {
                  "memberIds": [
                    "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                    "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72",
                    "7cae5f43-b061-4d8c-ae9f-4a3b2c1dae83"
                  ]
                }""")
public record ContestParticipantsRequest(
        @Schema(description = "Active members.", maxItems = 1000) @NotEmpty @Size(max = 1000)
        List<@NotNull UUID> memberIds) {}
