package vn.partybloc.training.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the Bloc is: due dates and "not in the future" are judged in Vietnam's time zone. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {}

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
