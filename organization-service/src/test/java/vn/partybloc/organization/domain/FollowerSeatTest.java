package vn.partybloc.organization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A meeting's superior attendee counts as the cell's follower on the meeting's day only while their seat with that
 * responsibility lasts: from its first day, up to but not including its end, as the positions replica dates seats.
 */
class FollowerSeatTest {

    private static final UUID FOLLOWER = UUID.randomUUID();
    private static final UUID REPLACED = UUID.randomUUID();
    private static final UUID VISITOR = UUID.randomUUID();
    private static final List<FollowerSeat> SEATS = List.of(
            new FollowerSeat(FOLLOWER, LocalDate.parse("2023-06-01"), null),
            new FollowerSeat(REPLACED, LocalDate.parse("2020-10-01"), LocalDate.parse("2023-06-01")));

    private static Set<UUID> followersOn(String day) {
        return FollowerSeat.followersOn(SEATS, LocalDate.parse(day), List.of(FOLLOWER, REPLACED, VISITOR));
    }

    @Test
    void theSeatCountsFromItsFirstDayAndNotOnItsEnd() {
        assertEquals(Set.of(REPLACED), followersOn("2023-05-31"));
        assertEquals(Set.of(FOLLOWER), followersOn("2023-06-01"));
        assertEquals(Set.of(), followersOn("2020-09-30"));
    }

    @Test
    void onlyTheAttendeesNamedAreAnswered() {
        assertEquals(
                Set.of(), FollowerSeat.followersOn(SEATS, LocalDate.parse("2024-02-06"), List.of(VISITOR, REPLACED)));
    }
}
