package vn.partybloc.training.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.ContestRound;

@Schema(name = "ContestRound", description = "A round.")
public record ContestRoundResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Order.") int sequence,
        @Schema(description = "Name.") String name,
        @Schema(description = "Day held.") LocalDate heldOn) {

    static ContestRoundResponse from(ContestRound r) {
        return new ContestRoundResponse(r.id, r.sequence, r.name, r.heldOn);
    }
}
