package vn.partybloc.member.rest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.member.domain.Appointment;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.PositionsFilled;

@Schema(
        name = "PositionsFilled",
        description =
                "Committee posts filled in a subtree during a period: the seats that started in [`from`, `to`] on committees "
                        + "of the subtree, whatever became of them since (the article's 143 posts on executive and standing "
                        + "committees and the inspection committees' chairs and vice chairs, and 195 on cell committees, 42 of them "
                        + "secretaries and 27 deputies). Every committee kind, position and appointment is present, zero if none.")
public record PositionsFilledResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
        LocalDate from,

        @Schema(description = "Last day of the period (inclusive).", example = "2023-06-30")
        LocalDate to,

        @Schema(description = "Seats started in the period.", example = "338")
        long total,

        @Schema(description = "Distinct people who took them.", example = "301")
        long people,

        @Schema(description = "The seats per committee kind.")
        Map<CommitteeKind, Kind> byCommitteeKind) {

    @Schema(name = "PositionsFilledOfKind", description = "The seats started on one kind of committee.")
    public record Kind(
            @Schema(description = "Seats started.", example = "195")
            long total,

            @Schema(description = "Distinct people who took them.", example = "190")
            long people,

            @Schema(description = "Seats per position (SECRETARY, DEPUTY_SECRETARY, MEMBER, CHAIR, VICE_CHAIR).")
            Map<PositionKind, Long> byPosition,

            @Schema(description = "Seats per way of filling: ELECTED at a congress, APPOINTED by the superior.")
            Map<Appointment, Long> byAppointment) {}

    static PositionsFilledResponse from(PositionsFilled report) {
        Map<CommitteeKind, Kind> kinds = new EnumMap<>(CommitteeKind.class);
        report.byCommitteeKind()
                .forEach((kind, k) ->
                        kinds.put(kind, new Kind(k.total(), k.people(), k.byPosition(), k.byAppointment())));
        return new PositionsFilledResponse(
                report.organizationId(), report.from(), report.to(), report.total(), report.people(), kinds);
    }
}
