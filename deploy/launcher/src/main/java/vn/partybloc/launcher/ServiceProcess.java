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

/** A Quarkus application started from its packaged jar, ready once its readiness check answers 200. */
final class ServiceProcess implements AutoCloseable {

    record Spec(String name, int port, URI readiness, Path jar, Map<String, String> env) {}

    private final Process process;

    private ServiceProcess(Process process) {
        this.process = process;
    }

    static ServiceProcess start(Stack stack, Spec spec) throws Exception {
        if (!Files.exists(spec.jar())) {
            throw new IllegalStateException(spec.jar() + " is missing; build it with ./mvnw -B package -DskipTests");
        }
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
        ServiceProcess service = new ServiceProcess(builder.start());
        try {
            service.awaitReady(spec, Duration.ofSeconds(180));
        } catch (Exception e) {
            service.close();
            throw e;
        }
        return service;
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
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
