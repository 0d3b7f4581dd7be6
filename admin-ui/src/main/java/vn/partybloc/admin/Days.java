package vn.partybloc.admin;

import java.time.LocalDate;
import java.time.ZoneId;

/** The console's calendar: the province's. */
final class Days {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Days() {}

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
