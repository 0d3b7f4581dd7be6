package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.Appointment;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "PositionRequest", description = "A member takes a position on a committee.", example = """
                {
                  "committeeId": "8dbf6a54-c172-4e9d-bfa0-5b4c3d2ebf94",
                  "memberId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                  "position": "SECRETARY",
                  "appointment": "ELECTED",
                  "decisionNumber": "215-QĐ/ĐU",
                  "decisionDate": "2025-06-20",
                  "startsOn": "2025-06-20"
                }""")
public record PositionRequest(
        @Schema(description = "The committee.") @NotNull UUID committeeId,

        @Schema(description = "The member; must be a full member of the committee's organization.") @NotNull
        UUID memberId,

        @Schema(description = "The position.") @NotNull PositionKind position,

        @Schema(description = "Elected or appointed.") @NotNull
        Appointment appointment,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "Decision date.") LocalDate decisionDate,

        @Schema(description = "First day in the position.", example = "2025-06-20") @NotNull
        LocalDate startsOn) {}
