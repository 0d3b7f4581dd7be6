package vn.partybloc.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of every service: "today" is the date where the Bloc is ({@code Asia/Ho_Chi_Minh} unless
 * {@code partybloc.time-zone} says otherwise), whatever zone the JVM or the server runs in. Inject {@link Clock} and
 * ask {@code LocalDate.now(clock)}.
 */
@ApplicationScoped
public class ClockProducer {

    public static final String BLOC_ZONE = "Asia/Ho_Chi_Minh";

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "partybloc.time-zone", defaultValue = BLOC_ZONE) String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
