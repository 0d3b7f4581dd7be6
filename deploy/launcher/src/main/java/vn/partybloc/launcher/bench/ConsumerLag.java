package vn.partybloc.launcher.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumers' lag, as the broker sees it: over every consumer group, the records of the partitions it reads that
 * are committed by their producers and not yet by the group. The services' consumers read committed records only, so
 * the end offsets are the last stable ones.
 */
public final class ConsumerLag implements AutoCloseable {

    /** How long the lag must stay at zero to count as caught up: the relay sends what a write left within this. */
    static final Duration SETTLED = Duration.ofSeconds(3);

    private static final Duration POLL = Duration.ofMillis(500);

    /** How long it took the consumers to catch up, and the largest lag seen meanwhile. */
    public record CatchUp(Duration took, long peakLag) {}

    private final Admin admin;

    public ConsumerLag(int kafkaPort) {
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + kafkaPort,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000));
    }

    /** The records that every group still has to apply, summed over groups and partitions. */
    public long now() throws ExecutionException, InterruptedException {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            committed.keySet().forEach(partition -> ends.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(
                            ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committed.entrySet()) {
                if (c.getValue() != null && end.containsKey(c.getKey())) {
                    lag += Math.max(
                            0, end.get(c.getKey()).offset() - c.getValue().offset());
                }
            }
        }
        return lag;
    }

    /** Waits until the lag has stayed at zero for {@link #SETTLED}; the time runs from the call to the first zero. */
    public CatchUp awaitCaughtUp(Duration atMost) throws Exception {
        long began = System.nanoTime();
        long peak = 0;
        long zeroSince = -1;
        while (System.nanoTime() - began < atMost.toNanos()) {
            long lag = now();
            peak = Math.max(peak, lag);
            long t = System.nanoTime();
            if (lag > 0) {
                zeroSince = -1;
            } else if (zeroSince < 0) {
                zeroSince = t;
            } else if (t - zeroSince >= SETTLED.toNanos()) {
                return new CatchUp(Duration.ofNanos(zeroSince - began), peak);
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new TimeoutException("the consumers still lag " + now() + " records after " + atMost);
    }

    @Override
    public void close() {
        admin.close();
    }
}
