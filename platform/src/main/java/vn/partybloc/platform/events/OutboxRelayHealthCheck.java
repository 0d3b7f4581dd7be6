package vn.partybloc.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the relay's state. A Kafka outage does not make the service unready (writes still succeed and events wait
 * in the outbox); a dead relay thread does.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxRelayHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox-relay")
                .withData("state", relay.state().name());
        if (relay.lastError() != null) {
            builder.withData("lastError", relay.lastError());
        }
        boolean up = !config.relay().enabled() || relay.isAlive();
        return builder.status(up).build();
    }
}
