package vn.partybloc.member.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.Appointment;
import vn.partybloc.member.domain.EndReason;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.PositionRow;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "PositionImportRow",
        description = "One row of a positions import (a CSV column or an NDJSON property each).")
public record PositionImportRow(
        @Schema(description = "The member, by id; or give `memberNationalId`.")
        UUID memberId,

        @Schema(
                description = "The member, by the 12-digit nationalId HR systems know them by; or give `memberId`.",
                maxLength = 12)
        @Pattern(regexp = "^\\d{12}$", message = "{vn.partybloc.member.national-id-digits}")
        String memberNationalId,

        @Schema(description = "The committee.") @NotNull UUID committeeId,
        @Schema(description = "The position.") @NotNull PositionKind position,

        @Schema(description = "Elected or appointed.") @NotNull
        Appointment appointment,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "Decision date.") LocalDate decisionDate,

        @Schema(description = "First day in the position.") @NotNull
        LocalDate startsOn,

        @Schema(description = "Last day, when the position has ended; with `endReason`.")
        LocalDate endsOn,

        @Schema(description = "Why it ended; with `endsOn`.")
        EndReason endReason) {

    @AssertTrue(message = "{vn.partybloc.member.import.one-member-reference}")
    @Schema(hidden = true)
    boolean isMemberNamedOnce() {
        return (memberId == null) != (memberNationalId == null);
    }

    @AssertTrue(message = "{vn.partybloc.member.import.end-together}")
    @Schema(hidden = true)
    boolean isEndComplete() {
        return (endsOn == null) == (endReason == null)
                && (endsOn == null || startsOn == null || !endsOn.isBefore(startsOn));
    }

    PositionRow toDomain() {
        return new PositionRow(
                memberId,
                memberNationalId,
                committeeId,
                position,
                appointment,
                decisionNumber,
                decisionDate,
                startsOn,
                endsOn,
                endReason);
    }

    Object naturalKey() {
        return java.util.List.of(String.valueOf(memberId) + memberNationalId, committeeId, position, startsOn);
    }
}
