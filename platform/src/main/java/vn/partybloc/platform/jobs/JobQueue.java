package vn.partybloc.platform.jobs;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemType;

/**
 * Background jobs of one kind (bulk imports, exports), run one at a time on a thread of their own, at most
 * {@code maxQueued} waiting or running per process: one more is refused with a 429 before anything is written, so a
 * burst of requests cannot pile work up in a service. Its owner shuts it down with the application.
 */
public final class JobQueue {

    private final String fullKey;
    private final int maxQueued;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker;

    /**
     * @param thread the worker thread's name
     * @param fullKey the problem key of the 429, given the number of jobs held
     */
    public JobQueue(String thread, int maxQueued, String fullKey) {
        this.fullKey = fullKey;
        this.maxQueued = maxQueued;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
    }

    /** Refuses with a 429 when the queue is full; call it before writing the job. */
    public void requireRoom() {
        if (held.size() >= maxQueued) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, fullKey, held.size());
        }
    }

    /** Runs the job after those before it; the job is held from now until it ends, however it ends. */
    public void submit(UUID id, Runnable job) {
        held.add(id);
        worker.submit(() -> {
            try {
                job.run();
            } finally {
                held.remove(id);
            }
        });
    }

    /** The jobs waiting or running here: a heartbeat keeps them fresh. */
    public Set<UUID> held() {
        return Set.copyOf(held);
    }

    public void shutdown() {
        worker.shutdownNow();
    }
}
