package vn.partybloc.member.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.Appointment;
import vn.partybloc.member.domain.Committee;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.EndReason;
import vn.partybloc.member.domain.Position;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.platform.validation.PlainText;

/** Bodies and answers of the committee and position endpoints. */
final class CommitteeDtos {

    private CommitteeDtos() {}

    @Schema(name = "CommitteeRequest", description = "A committee of an organization for one term.")
    record CommitteeRequest(
            @Schema(description = "The organization.") @NotNull
            UUID organizationId,

            @Schema(description = "Kind; must suit the organization (domain rules 4–6).") @NotNull
            CommitteeKind kind,

            @Schema(description = "First year of the term.", example = "2025", minimum = "1930", maximum = "2200")
            @NotNull
            @Min(1930)
            @Max(2200)
            Integer termStartYear,

            @Schema(description = "Last year of the term.", example = "2030", minimum = "1930", maximum = "2200")
            @NotNull
            @Min(1930)
            @Max(2200)
            Integer termEndYear) {

        @AssertTrue(message = "termEndYear must be after termStartYear")
        @Schema(hidden = true)
        public boolean isOrdered() {
            return termStartYear == null || termEndYear == null || termEndYear > termStartYear;
        }
    }

    @Schema(name = "Committee", description = "A committee of an organization for one term.")
    record CommitteeResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The organization.") UUID organizationId,
            @Schema(description = "Kind.") CommitteeKind kind,
            @Schema(description = "First year of the term.") int termStartYear,
            @Schema(description = "Last year of the term.") int termEndYear,
            @Schema(description = "Version; also the ETag.") long version,
            @Schema(description = "When it was recorded.") Instant createdAt,
            @Schema(description = "Who recorded it.") String createdBy) {

        static CommitteeResponse from(Committee c) {
            return new CommitteeResponse(
                    c.id,
                    c.organizationId,
                    c.kind,
                    c.termStartYear,
                    c.termEndYear,
                    c.version,
                    c.createdAt,
                    c.createdBy);
        }
    }

    @Schema(name = "PositionRequest", description = "A member takes a position on a committee.")
    record PositionRequest(
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

    @Schema(name = "TerminationRequest", description = "End a position.")
    record TerminationRequest(
            @Schema(description = "Last day in the position.") @NotNull
            LocalDate endsOn,

            @Schema(description = "Why it ends.") @NotNull EndReason reason) {}

    @Schema(name = "ResponsibilityRequest", description = "A field of party work assigned to a committee member.")
    record ResponsibilityRequest(
            @Schema(
                    description = "The field, e.g. tổ chức, kiểm tra, tuyên giáo.",
                    example = "Công tác tổ chức",
                    maxLength = 200)
            @jakarta.validation.constraints.NotBlank
            @Size(max = 200)
            @PlainText
            String field,

            @Schema(description = "A cell the member follows (phụ trách).")
            UUID followedOrganizationId,

            @Schema(description = "True when the member attends the followed cell's meetings.")
            Boolean attendsMeetings) {}

    @Schema(name = "Responsibility", description = "A field of party work assigned to a committee member.")
    record ResponsibilityResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The position.") UUID positionId,
            @Schema(description = "The field.") String field,
            @Schema(description = "The cell followed.") UUID followedOrganizationId,

            @Schema(description = "Attends the followed cell's meetings.")
            boolean attendsMeetings,

            @Schema(description = "When it was recorded.") Instant createdAt,
            @Schema(description = "Who recorded it.") String createdBy) {

        static ResponsibilityResponse from(vn.partybloc.member.domain.Responsibility r) {
            return new ResponsibilityResponse(
                    r.id, r.positionId, r.field, r.followedOrganizationId, r.attendsMeetings, r.createdAt, r.createdBy);
        }
    }

    @Schema(name = "Position", description = "A committee position held by a member.")
    record PositionResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The committee.") UUID committeeId,
            @Schema(description = "The member.") UUID memberId,
            @Schema(description = "The position.") PositionKind position,
            @Schema(description = "Elected or appointed.") Appointment appointment,
            @Schema(description = "Decision number.") String decisionNumber,
            @Schema(description = "Decision date.") LocalDate decisionDate,
            @Schema(description = "First day.") LocalDate startsOn,

            @Schema(description = "Last day; absent while held.")
            LocalDate endsOn,

            @Schema(description = "Why it ended.") EndReason endReason,
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
}
