package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "MemberMoveRequest", description = "Move a member to another cell of the Bloc.", example = """
                {
                  "toOrganizationId": "d52e8fa3-6a7c-4b4d-9e3f-2c0b1a8d7f43",
                  "date": "2024-09-01",
                  "decisionNumber": "08-QĐ/ĐU"
                }""")
public record MemberMoveRequest(
        @Schema(description = "The new cell.") @NotNull UUID toOrganizationId,

        @Schema(description = "Date of the move.") @NotNull LocalDate date,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber) {}
