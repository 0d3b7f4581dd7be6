package vn.partybloc.organization.rest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.MeetingMonthView;

@Schema(name = "MeetingMonth", description = "A month of an organization's meetings as recorded.")
public record MeetingMonthResponse(
        @Schema(description = "The organization.") UUID organizationId,
        @Schema(description = "The month.") YearMonth month,

        @Schema(description = "Its meetings in the order recorded; empty when the cell recorded that it did not meet.")
        List<MeetingResponse> meetings,

        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "When it was first recorded.") Instant createdAt,
        @Schema(description = "Who recorded it first.") String createdBy,
        @Schema(description = "When it last changed.") Instant updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy) {

    static MeetingMonthResponse from(MeetingMonthView view) {
        var m = view.month();
        return new MeetingMonthResponse(
                m.organizationId,
                m.yearMonth(),
                view.meetings().stream().map(MeetingResponse::from).toList(),
                m.version,
                m.createdAt,
                m.createdBy,
                m.updatedAt,
                m.updatedBy);
    }
}
