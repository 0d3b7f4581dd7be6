package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Committee posts filled in a subtree during a period: the seats that started in [from, to] on committees of the
 * subtree, whatever became of them since, with the distinct people who took them.
 */
public record PositionsFilled(
        UUID organizationId,
        LocalDate from,
        LocalDate to,
        long total,
        long people,
        Map<CommitteeKind, Kind> byCommitteeKind) {

    /** The seats of one kind of committee: by position and by how they were filled (elected or appointed). */
    public record Kind(
            long total, long people, Map<PositionKind, Long> byPosition, Map<Appointment, Long> byAppointment) {}
}
