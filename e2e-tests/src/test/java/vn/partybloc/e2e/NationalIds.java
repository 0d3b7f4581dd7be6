package vn.partybloc.e2e;

import java.util.concurrent.atomic.AtomicLong;
import vn.partybloc.client.model.Gender;

/**
 * The national ids of the members the journeys register. The stack they walk holds the demo Bloc, whose members are
 * all from Đồng Tháp (province code 087): a journey's id from that province could be a demo member's, and its
 * admission would get a 409 instead of a 201. So the journeys' ids are from another province, and from one sequence
 * for the whole run, so that two journeys never meet each other's. The sequence starts at a point of the clock, so
 * that a run against a stack an earlier run used is unlikely to meet that run's ids.
 */
final class NationalIds {

    /** Hồ Chí Minh City: a member who came from there, as members do. */
    static final String PROVINCE = "079";

    private static final NationalIds RUN = new NationalIds(System.nanoTime() % 1_000_000);

    private final AtomicLong serials;

    NationalIds(long first) {
        serials = new AtomicLong(first);
    }

    /** The next id of the run, for a member of this gender born in this year (the digits agree with both). */
    static String next(Gender gender, int birthYear) {
        return RUN.following(gender == Gender.FEMALE, birthYear);
    }

    String following(boolean female, int birthYear) {
        int centuryAndGender = (birthYear / 100 - 19) * 2 + (female ? 1 : 0);
        long serial = Math.floorMod(serials.getAndIncrement(), 1_000_000L);
        return String.format("%s%d%02d%06d", PROVINCE, centuryAndGender, birthYear % 100, serial);
    }
}
