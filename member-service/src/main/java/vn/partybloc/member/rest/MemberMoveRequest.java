package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "MemberMoveRequest", description = "Move a member to another cell of the Bloc.")
public record MemberMoveRequest(
        @Schema(description = "The new cell.") @NotNull UUID toOrganizationId,

        @Schema(description = "Date of the move.") @NotNull LocalDate date,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber) {}
