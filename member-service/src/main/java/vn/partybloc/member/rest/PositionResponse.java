package vn.partybloc.member.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.Appointment;
import vn.partybloc.member.domain.EndReason;
import vn.partybloc.member.domain.Position;
import vn.partybloc.member.domain.PositionKind;

@Schema(name = "Position", description = "A committee position held by a member.")
public record PositionResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The committee.") UUID committeeId,
        @Schema(description = "The member.") UUID memberId,
        @Schema(description = "The position.") PositionKind position,
        @Schema(description = "Elected or appointed.") Appointment appointment,

        @Schema(description = "Decision number.", nullable = true)
        String decisionNumber,

        @Schema(description = "Decision date.", nullable = true)
        LocalDate decisionDate,

        @Schema(description = "First day.") LocalDate startsOn,

        @Schema(description = "Last day; absent while held.", nullable = true)
        LocalDate endsOn,

        @Schema(description = "Why it ended.", nullable = true)
        EndReason endReason,

        @Schema(description = "Version; also the ETag.") long version) {

    static PositionResponse from(Position p) {
        return new PositionResponse(
                p.id,
                p.committeeId,
                p.memberId,
                p.position,
                p.appointment,
                p.decisionNumber,
                p.decisionDate,
                p.startsOn,
                p.endsOn,
                p.endReason,
                p.version);
    }
}
