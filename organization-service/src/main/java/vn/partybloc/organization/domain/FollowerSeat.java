package vn.partybloc.organization.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A committee seat whose holder was given a cell to follow, from {@code startsOn} to {@code endsOn} (exclusive). */
public record FollowerSeat(UUID memberId, LocalDate startsOn, LocalDate endsOn) {

    boolean heldOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }

    /** Which of {@code memberIds} held one of {@code seats} on {@code day}: the cell's followers among them. */
    static Set<UUID> followersOn(Collection<FollowerSeat> seats, LocalDate day, Collection<UUID> memberIds) {
        return seats.stream()
                .filter(seat -> seat.heldOn(day) && memberIds.contains(seat.memberId()))
                .map(FollowerSeat::memberId)
                .collect(Collectors.toSet());
    }
}
