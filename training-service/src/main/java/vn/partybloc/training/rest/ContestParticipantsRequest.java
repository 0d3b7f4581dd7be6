package vn.partybloc.training.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContestParticipantsRequest", description = "Members to register; already registered ones are skipped.")
public record ContestParticipantsRequest(
        @Schema(description = "Active members.", maxItems = 1000) @NotEmpty @Size(max = 1000)
        List<@NotNull UUID> memberIds) {}
