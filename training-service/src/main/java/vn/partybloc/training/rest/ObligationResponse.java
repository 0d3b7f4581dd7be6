package vn.partybloc.training.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.ObligationStatus;
import vn.partybloc.training.domain.TrainingObligation;

@Schema(
        name = "TrainingObligation",
        description = "A newly added committee member's obligation to complete a party-work course "
                + "within the configured number of months of taking the position.")
public record ObligationResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The member.") UUID memberId,

        @Schema(description = "The committee position that created it (member-service).")
        UUID positionId,

        @Schema(description = "The organization whose committee the position is on.")
        UUID organizationId,

        @Schema(description = "The committee's kind, e.g. CELL_COMMITTEE.")
        String committeeKind,

        @Schema(description = "The position, e.g. SECRETARY.")
        String position,

        @Schema(description = "The position's first day.") LocalDate startsOn,
        @Schema(description = "The day training is due by.") LocalDate dueOn,
        @Schema(description = "Status.") ObligationStatus status,

        @Schema(description = "The completed enrollment that fulfilled it.", nullable = true)
        UUID fulfilledByEnrollmentId,

        @Schema(description = "When the fulfilling course was completed.", nullable = true)
        LocalDate fulfilledOn,

        @Schema(description = "When the position ended, for a closed obligation.", nullable = true)
        LocalDate closedOn,

        @Schema(description = "Why it was closed, e.g. `POSITION_ENDED: ROTATION`.", nullable = true)
        String closeReason,

        @Schema(description = "Version.") long version) {

    static ObligationResponse from(TrainingObligation o) {
        return new ObligationResponse(
                o.id,
                o.memberId,
                o.positionId,
                o.organizationId,
                o.committeeKind,
                o.position,
                o.startsOn,
                o.dueOn,
                o.status,
                o.fulfilledByEnrollment,
                o.fulfilledOn,
                o.closedOn,
                o.closeReason,
                o.version);
    }
}
