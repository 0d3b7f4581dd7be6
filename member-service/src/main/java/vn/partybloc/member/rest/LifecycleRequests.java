package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MembershipChangeKind;
import vn.partybloc.platform.validation.PlainText;

/** Bodies of the member lifecycle commands. */
final class LifecycleRequests {

    private LifecycleRequests() {}

    @Schema(name = "RecognitionRequest", description = "Recognise a probationary member as a full member.")
    record Recognition(
            @Schema(description = "Date of recognition.", example = "2011-05-19") @NotNull @PastOrPresent
            LocalDate date,

            @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
            String decisionNumber) {}

    @Schema(name = "MemberMoveRequest", description = "Move a member to another cell of the Bloc.")
    record Move(
            @Schema(description = "The new cell.") @NotNull UUID toOrganizationId,

            @Schema(description = "Date of the move.") @NotNull
            LocalDate date,

            @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
            String decisionNumber) {}

    @Schema(
            name = "DepartureRequest",
            description = "A member leaves the register: TRANSFERRED_OUT, DIED, STRUCK_OFF or EXPELLED. "
                    + "Their committee positions end the same day.")
    record Departure(
            @Schema(description = "How the member leaves.") @NotNull
            MembershipChangeKind kind,

            @Schema(description = "Date.") @NotNull LocalDate date,

            @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
            String decisionNumber,

            @Schema(description = "Note, e.g. the destination of a transfer.", maxLength = 1000)
            @Size(max = 1000)
            @PlainText
            String note) {}
}
