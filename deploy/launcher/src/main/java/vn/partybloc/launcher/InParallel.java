package vn.partybloc.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A loader's requests a few at once: the services run on the same cores, and one request at a time leaves them idle. */
final class InParallel {

    /** Requests at once: the services run on the same two cores, so a few in flight keep them busy. */
    private static final int IN_FLIGHT = 3;

    interface Task<T> {
        void run(T item) throws Exception;
    }

    private InParallel() {}

    /** Runs the task on every item, a few at once; a failure stops the rest and is thrown. */
    static <T> void each(Collection<T> items, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (T item : items) {
                pending.add(pool.submit(() -> {
                    task.run(item);
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
