package vn.partybloc.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A consumer that exists only in tests, to exercise the platform inbox against the real broker and database. */
@ApplicationScoped
public class RecordingEventHandler implements EventHandler {

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
        APPLIED.add(event.id());
    }
}
