package vn.partybloc.e2e.contract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every {@code Location} header the suite received, by the operation that answered it. */
public final class LocationRecorder {

    private final Map<Operations.Operation, List<String>> seen = new ConcurrentHashMap<>();

    void record(Operations.Operation operation, String location) {
        seen.computeIfAbsent(operation, o -> new CopyOnWriteArrayList<>()).add(location);
    }

    public Map<Operations.Operation, List<String>> seen() {
        return Map.copyOf(seen);
    }
}
