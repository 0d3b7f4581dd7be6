package vn.partybloc.member.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.Responsibility;

@Schema(name = "Responsibility", description = "A field of party work assigned to a committee member.")
public record ResponsibilityResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The position.") UUID positionId,
        @Schema(description = "The field.") String field,

        @Schema(description = "The cell followed, if any.", nullable = true)
        UUID followedOrganizationId,

        @Schema(description = "Attends the followed cell's meetings.")
        boolean attendsMeetings,

        @Schema(description = "When it was recorded.") Instant createdAt,
        @Schema(description = "Who recorded it.") String createdBy) {

    static ResponsibilityResponse from(Responsibility r) {
        return new ResponsibilityResponse(
                r.id, r.positionId, r.field, r.followedOrganizationId, r.attendsMeetings, r.createdAt, r.createdBy);
    }
}
