package vn.partybloc.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;

/**
 * One consumer's meters, tagged {@code consumer}: {@code inbox.applied} (events whose effect ran; a duplicate the inbox
 * already had is not counted), {@code inbox.dead.lettered}, and {@code inbox.consumer.lag} per topic and partition
 * (records behind the end of the partition, as of the last poll). Used by the consumer's own thread only.
 */
final class ConsumerMeters {

    private final MeterRegistry registry;
    private final String consumer;
    private final Counter applied;
    private final Counter deadLettered;
    private final Map<TopicPartition, Lag> lags = new HashMap<>();

    ConsumerMeters(MeterRegistry registry, String consumer) {
        this.registry = registry;
        this.consumer = consumer;
        this.applied = Counter.builder("inbox.applied")
                .description("Events applied by this consumer (not counting duplicates the inbox skipped)")
                .tag("consumer", consumer)
                .register(registry);
        this.deadLettered = Counter.builder("inbox.dead.lettered")
                .description("Events this consumer sent to the dead-letter topic")
                .tag("consumer", consumer)
                .register(registry);
    }

    void applied(int events) {
        applied.increment(events);
    }

    void deadLettered() {
        deadLettered.increment();
    }

    /**
     * Records the lag of every partition assigned, as the consumer knows it after a poll; a partition given to
     * another consumer is no longer reported here (that consumer reports it).
     */
    void lags(Set<TopicPartition> assigned, Function<TopicPartition, OptionalLong> lagOf) {
        lags.entrySet().removeIf(entry -> {
            if (assigned.contains(entry.getKey())) {
                return false;
            }
            registry.remove(entry.getValue().gauge());
            return true;
        });
        for (TopicPartition partition : assigned) {
            OptionalLong lag = lagOf.apply(partition);
            if (lag.isPresent()) {
                lags.computeIfAbsent(partition, this::register).value().set(lag.getAsLong());
            }
        }
    }

    private Lag register(TopicPartition partition) {
        AtomicLong value = new AtomicLong();
        Gauge gauge = Gauge.builder("inbox.consumer.lag", value, AtomicLong::get)
                .description("Records after this consumer's position in the partition, as of its last poll")
                .tags(Tags.of(
                        "consumer",
                        consumer,
                        "topic",
                        partition.topic(),
                        "partition",
                        Integer.toString(partition.partition())))
                .register(registry);
        return new Lag(value, gauge);
    }

    private record Lag(AtomicLong value, Gauge gauge) {}
}
