package vn.partybloc.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Quarkus application started from its packaged jar, ready once its readiness check answers 200. One that exits
 * while the stack runs (a crash, or a kill) is started again, as Compose's {@code restart: unless-stopped} or
 * Kubernetes would; after {@link #RESTARTS} restarts within {@link #RESTART_WINDOW} it is left stopped.
 */
final class ServiceProcess implements AutoCloseable {

    static final int RESTARTS = 5;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);

    record Spec(String name, int port, URI readiness, Path jar, Map<String, String> env) {}

    private final Stack stack;
    private final Spec spec;
    private final List<Instant> restarts = new ArrayList<>();
    private volatile Process process;
    private volatile boolean closing;

    private ServiceProcess(Stack stack, Spec spec) {
        this.stack = stack;
        this.spec = spec;
    }

    static ServiceProcess start(Stack stack, Spec spec) throws Exception {
        if (!Files.exists(spec.jar())) {
            throw new IllegalStateException(spec.jar() + " is missing; build it with ./mvnw -B package -DskipTests");
        }
        ServiceProcess service = new ServiceProcess(stack, spec);
        try {
            service.run();
        } catch (Exception e) {
            service.close();
            throw e;
        }
        service.watch();
        return service;
    }

    private void run() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xms64m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-jar",
                spec.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve(spec.name() + ".log").toFile()));
        builder.environment().putAll(spec.env());
        builder.environment().put("HTTP_PORT", Integer.toString(spec.port()));
        // glibc's malloc keeps an arena per thread up to 8 per core, each holding what it freed: two arenas took
        // 2-3.5 % off each service's resident memory at the same load (docs/measurements.md, stop 73).
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        process = builder.start();
        awaitReady(spec, Duration.ofSeconds(180));
    }

    private void watch() {
        Process watched = process;
        watched.onExit().thenRun(() -> {
            if (!closing) {
                new Thread(() -> restart(watched.exitValue()), "restart-" + spec.name()).start();
            }
        });
    }

    private synchronized void restart(int exitCode) {
        Instant now = Instant.now();
        restarts.removeIf(at -> at.isBefore(now.minus(RESTART_WINDOW)));
        if (restarts.size() >= RESTARTS) {
            Console.error(spec.name() + " exited with code " + exitCode + ", its " + RESTARTS + "th time in "
                    + RESTART_WINDOW.toMinutes() + " minutes: left stopped; see .local/logs/" + spec.name() + ".log");
            return;
        }
        restarts.add(now);
        Console.warn(spec.name() + " exited with code " + exitCode + "; starting it again");
        try {
            run();
            Console.info(spec.name() + " is running again (pid " + process.pid() + ")");
            watch();
        } catch (Exception e) {
            if (closing) {
                return; // the stack stopped it on purpose while it was starting again
            }
            Console.error(spec.name() + " did not start again: " + e.getMessage());
            try {
                ChildProcesses.stop(process, Duration.ofSeconds(20));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!closing) {
                restart(-1);
            }
        }
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Spec spec, Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(spec.readiness())
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "it exited with code " + process.exitValue() + "; see .local/logs/" + spec.name() + ".log");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "not ready within " + timeout.toSeconds() + " s; see .local/logs/" + spec.name() + ".log");
    }

    @Override
    public void close() throws Exception {
        closing = true;
        if (process != null) {
            ChildProcesses.stop(process, Duration.ofSeconds(20));
        }
    }
}
