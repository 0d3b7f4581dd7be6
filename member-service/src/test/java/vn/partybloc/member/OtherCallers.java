package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static vn.partybloc.member.Members.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Another user listing members over and over, on a thread of its own, while a test does something heavy: keeps each
 * answer's status and time, until closed.
 */
final class OtherCallers implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    OtherCallers() {
        String token = admin();
        thread = new Thread(() -> {
            while (running.get()) {
                long started = System.nanoTime();
                int status = given().auth()
                        .oauth2(token)
                        .queryParam("size", 5)
                        .get("/api/v1/members")
                        .statusCode();
                nanos.add(System.nanoTime() - started);
                if (status >= 500) {
                    serverErrors.add("GET /api/v1/members answered " + status);
                }
            }
        });
        thread.start();
    }

    List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    int answers() {
        return nanos.size();
    }

    /** The answer time at a percentile (0–100), in milliseconds. */
    double percentileMillis(double percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
