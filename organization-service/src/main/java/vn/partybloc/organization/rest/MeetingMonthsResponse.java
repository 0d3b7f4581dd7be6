package vn.partybloc.organization.rest;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.MeetingMonthView;

@Schema(name = "MeetingMonths", description = "The months a request of several recorded, in its order.")
public record MeetingMonthsResponse(
        @Schema(description = "The organization.") UUID organizationId,
        @Schema(description = "Each month as now recorded.") List<Month> months) {

    @Schema(name = "MeetingMonthsMonth", description = "A month as now recorded.")
    public record Month(
            @Schema(description = "The month.") YearMonth month,

            @Schema(description = "Its version, the `ETag` of `getMeetingMonth`.")
            long version,

            @Schema(description = "How many meetings it has.")
            int meetings,

            @Schema(description = "Whether this request changed it (false when it was recorded exactly so).")
            boolean changed) {}

    static MeetingMonthsResponse from(UUID organizationId, List<MeetingMonthView> views) {
        return new MeetingMonthsResponse(
                organizationId,
                views.stream()
                        .map(v -> new Month(
                                v.month().yearMonth(),
                                v.month().version,
                                v.meetings().size(),
                                v.changed()))
                        .toList());
    }
}
