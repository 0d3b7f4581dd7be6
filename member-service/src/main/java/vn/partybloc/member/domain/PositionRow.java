package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A position as an import file states it. The member is named by {@code memberId} or, as HR systems know them, by
 * {@code memberNationalId}. A row with {@code endsOn} ends the position it names (recording it first if needed).
 */
public record PositionRow(
        UUID memberId,
        String memberNationalId,
        UUID committeeId,
        PositionKind position,
        Appointment appointment,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate startsOn,
        LocalDate endsOn,
        EndReason endReason) {}
