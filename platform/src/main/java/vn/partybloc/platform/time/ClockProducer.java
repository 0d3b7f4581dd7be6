package vn.partybloc.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partybloc.kernel.BlocZone;

/**
 * The one clock of every service: "today" is the date where the Bloc is ({@link BlocZone} unless
 * {@code partybloc.time-zone} says otherwise), whatever zone the JVM or the server runs in. Inject {@link Clock} and
 * ask {@code LocalDate.now(clock)}.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "partybloc.time-zone", defaultValue = BlocZone.ID) String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
