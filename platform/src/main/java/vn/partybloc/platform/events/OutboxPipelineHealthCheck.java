package vn.partybloc.platform.events;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The pipeline health group ({@code /q/health/group/pipeline}): down while an event has waited in the outbox longer
 * than {@code partybloc.outbox.pipeline.max-age}. It is not readiness (ADR 0001): a broker outage delays events, and
 * the service keeps taking writes; this group is what an operator or an alert watches to see that delay.
 */
@HealthGroup(OutboxPipelineHealthCheck.GROUP)
@ApplicationScoped
public class OutboxPipelineHealthCheck implements HealthCheck {

    public static final String GROUP = "pipeline";

    private final OutboxBacklog backlog;
    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxPipelineHealthCheck(OutboxBacklog backlog, OutboxRelay relay, OutboxConfig config) {
        this.backlog = backlog;
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Sample sample = backlog.last();
        Duration age = backlog.oldestAge();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox-backlog")
                .withData("unsentEvents", sample.events())
                .withData("oldestUnsentAgeSeconds", age.toSeconds())
                .withData("maxAgeSeconds", config.pipeline().maxAge().toSeconds())
                .withData("relayState", relay.state().name());
        if (sample.countedAt() != null) {
            builder.withData("countedAt", sample.countedAt().toString());
        }
        if (relay.lastError() != null) {
            builder.withData("lastError", relay.lastError());
        }
        return builder.status(age.compareTo(config.pipeline().maxAge()) <= 0).build();
    }
}
