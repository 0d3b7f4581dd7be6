package vn.partybloc.e2e;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Follows a launcher process's output, echoing each line, and waits for a line or for the process's end as long as it
 * keeps printing: it gives up after a quiet spell, not after a fixed total, so a slow but progressing run is not
 * failed and a stalled one is not waited on for long.
 */
final class Progress {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Process process;
    private volatile long lastLineAt = System.nanoTime();
    private volatile String awaited;
    private volatile boolean seen;
    private volatile boolean ended;

    private Progress(Process process) {
        this.process = process;
    }

    /** Starts reading {@code process}'s output, printing each line as {@code [prefix] line} and handing it on. */
    static Progress follow(Process process, String prefix, Consumer<String> lines) {
        Progress progress = new Progress(process);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            System.out.println("[" + prefix + "] " + line);
                            lines.accept(line);
                            progress.saw(line);
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                    progress.ended = true;
                },
                prefix + "-output");
        reader.setDaemon(true);
        reader.start();
        return progress;
    }

    private void saw(String line) {
        lastLineAt = System.nanoTime();
        String wanted = awaited;
        if (wanted != null && line.contains(wanted)) {
            seen = true;
        }
    }

    /** Whether a line containing {@code text} came before the output ended or went quiet for {@code quiet}. */
    boolean awaitLine(String text, Duration quiet, Duration total) {
        awaited = text;
        return waitUntil(() -> seen, quiet, total) && seen;
    }

    /** Whether the process ended before its output went quiet for {@code quiet}. */
    boolean awaitEnd(Duration quiet, Duration total) {
        boolean ended = waitUntil(() -> this.ended, quiet, total);
        try {
            return ended && process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean waitUntil(BooleanSupplier done, Duration quiet, Duration total) {
        try {
            await().pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .atMost(total)
                    .until(() -> done.getAsBoolean() || ended || quietFor(quiet));
        } catch (ConditionTimeoutException overTheTotal) {
            // answered below: whether it was done when time ran out
        }
        return done.getAsBoolean();
    }

    private boolean quietFor(Duration quiet) {
        return System.nanoTime() - lastLineAt > quiet.toNanos();
    }
}
