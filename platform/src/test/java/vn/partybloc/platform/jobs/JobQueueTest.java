package vn.partybloc.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemType;

class JobQueueTest {

    /**
     * Jobs run one at a time in the order they came; a job beyond the limit is refused with a 429 while the others
     * wait or run, and there is room again once one has ended, failed ones included.
     */
    @Test
    void jobsRunOneAtATimeAndOneBeyondTheLimitIsRefusedUntilOneEnds() throws InterruptedException {
        JobQueue queue = new JobQueue("test-job", 2, "test.queue-full");
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new ArrayList<>();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try {
            queue.requireRoom();
            queue.submit(first, () -> {
                await(release);
                ran.add("first");
                throw new IllegalStateException("the first job fails");
            });
            queue.requireRoom();
            queue.submit(second, () -> ran.add("second"));

            assertEquals(Set.of(first, second), queue.held());
            ProblemException full = assertThrows(ProblemException.class, queue::requireRoom);
            assertEquals(ProblemType.TOO_MANY_REQUESTS, full.type());
            assertEquals(List.of(), ran, "the second waits for the first");

            release.countDown();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> queue.held().isEmpty());
            assertEquals(List.of("first", "second"), ran);
            queue.requireRoom();
        } finally {
            queue.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
