package vn.partybloc.platform.events;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The events written but not yet sent to Kafka, counted every {@code partybloc.outbox.pipeline.sample-interval}: the
 * gauges {@code outbox.backlog} and {@code outbox.backlog.oldest.age}, and what the pipeline health group judges. The
 * scrape and the probe read the last count, never the database. While the database cannot be reached the last count
 * stays, and the age of its oldest event keeps growing.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final AgroalDataSource dataSource;
    private volatile Sample last = new Sample(0, Optional.empty(), null);

    public OutboxBacklog(AgroalDataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        Gauge.builder("outbox.backlog", this, backlog -> backlog.last.events())
                .description("Events in the outbox not yet sent to Kafka")
                .register(meters);
        Gauge.builder(
                        "outbox.backlog.oldest.age",
                        this,
                        backlog -> backlog.oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest event not yet sent to Kafka (0 when none waits)")
                .baseUnit("seconds")
                .register(meters);
    }

    /** The last count: events waiting, the write time of the oldest, and when it was counted (null before the first). */
    public record Sample(long events, Optional<Instant> oldest, Instant countedAt) {}

    public Sample last() {
        return last;
    }

    public Duration oldestAge() {
        return last.oldest()
                .map(oldest -> Duration.between(oldest, Instant.now()))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    @Scheduled(
            every = "${partybloc.outbox.pipeline.sample-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                // The oldest by seq, the order the relay sends in: one row from the partial index, not a scan.
                ResultSet rs = statement.executeQuery("""
                        select (select count(*) from outbox where published_at is null),
                               (select occurred_at from outbox where published_at is null order by seq limit 1)""")) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            last = new Sample(rs.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant), Instant.now());
        } catch (SQLException e) {
            LOG.debugf("Counting the outbox backlog failed (%s); the last count stays", e.getMessage());
        }
    }
}
