package vn.partybloc.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer that exists only in tests, to exercise the platform inbox against the real broker and database. Its
 * effect is to note the event in {@link #APPLIED} once the transaction commits, as a row in the database would be.
 */
@ApplicationScoped
public class RecordingEventHandler implements EventHandler {

    @Inject
    TransactionSynchronizationRegistry transactions;

    static final String TOPIC = "test.inbox.v1";
    static final List<String> APPLIED = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        int attempt =
                ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (event.type().equals("Unknown")) {
            throw new PoisonEventException("unknown event type");
        }
        if (attempt <= event.data().path("failTimes").asInt(0)) {
            throw new IllegalStateException("transient failure " + attempt);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    APPLIED.add(event.id());
                }
            }
        });
    }
}
