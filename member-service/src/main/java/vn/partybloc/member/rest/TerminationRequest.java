package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.EndReason;

@Schema(name = "TerminationRequest", description = "End a position.", example = """
                {
                  "endsOn": "2030-06-19",
                  "reason": "TERM_ENDED"
                }""")
public record TerminationRequest(
        @Schema(description = "Last day in the position.") @NotNull
        LocalDate endsOn,

        @Schema(description = "Why it ends.") @NotNull EndReason reason) {}
