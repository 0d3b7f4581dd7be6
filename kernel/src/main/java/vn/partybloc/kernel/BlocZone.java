package vn.partybloc.kernel;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where the Bloc is: its "today" (a term in office, a report's default day) is the date in this zone, whatever zone a
 * JVM or a server runs in. The services' clock uses it unless {@code partybloc.time-zone} says otherwise.
 */
public final class BlocZone {

    public static final String ID = "Asia/Ho_Chi_Minh";
    public static final ZoneId ZONE = ZoneId.of(ID);

    private BlocZone() {}

    /** Today's date in the Bloc. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
