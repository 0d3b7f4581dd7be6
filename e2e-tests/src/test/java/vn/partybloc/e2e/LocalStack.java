package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The whole system, started once per test JVM exactly as {@code ./run.sh} starts it (the packaged launcher), on ports
 * of its own so it never meets a developer's running stack, with its data under {@code target/}.
 */
final class LocalStack {

    static final int GATEWAY = 28080;
    static final int KEYCLOAK = 28180;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private static Process launcher;
    private static final List<String> output = new ArrayList<>();

    private LocalStack() {}

    static synchronized void ensureStarted() {
        if (launcher != null) {
            return;
        }
        String data = System.getProperty("partybloc.e2e.data", "target/stack");
        ProcessBuilder builder = launcher("start");
        try {
            // A fresh stack every run: the journeys add to the demo Bloc, and the demo figures are checked exactly.
            if (new File(data).exists()) {
                try (var files = java.nio.file.Files.walk(Path.of(data))) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            new File(data).mkdirs();
            launcher = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run the launcher", e);
        }
        CompletableFuture<Boolean> up = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            System.out.println("[stack] " + line);
                            synchronized (output) {
                                output.add(line);
                            }
                            if (line.contains("system is up")) {
                                up.complete(true);
                            }
                        }
                    } catch (IOException ignored) {
                        // the launcher ended
                    }
                    up.complete(false);
                },
                "stack-output");
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(LocalStack::stop));
        boolean started;
        try {
            started = up.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            started = false;
        }
        if (!started) {
            stop();
            throw new IllegalStateException("The stack did not start; launcher output:\n" + String.join("\n", output));
        }
        io.restassured.RestAssured.baseURI = "http://localhost";
        io.restassured.RestAssured.port = GATEWAY;
    }

    /** {@code ./run.sh demo} against this stack: the demo Bloc, loaded through the gateway. */
    static void loadDemoData() {
        try {
            Process demo = launcher("demo").inheritIO().start();
            if (!demo.waitFor(5, TimeUnit.MINUTES) || demo.exitValue() != 0) {
                throw new IllegalStateException("loading the demo data failed");
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not load the demo data", e);
        }
    }

    private static ProcessBuilder launcher(String command) {
        Path project = Path.of(System.getProperty("partybloc.project", ".."))
                .toAbsolutePath()
                .normalize();
        String data = System.getProperty("partybloc.e2e.data", "target/stack");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-Dpartybloc.home=" + project,
                        "-Dpartybloc.data=" + data,
                        "-jar",
                        project.resolve("deploy/launcher/target/launcher.jar").toString(),
                        command)
                .redirectErrorStream(true);
        builder.environment().put("POSTGRES_PORT", "25432");
        builder.environment().put("KAFKA_PORT", "29092");
        builder.environment().put("KAFKA_CONTROLLER_PORT", "29093");
        builder.environment().put("KEYCLOAK_PORT", Integer.toString(KEYCLOAK));
        builder.environment().put("KEYCLOAK_MANAGEMENT_PORT", "29180");
        builder.environment().put("ORGANIZATION_SERVICE_PORT", "28081");
        builder.environment().put("MEMBER_SERVICE_PORT", "28082");
        builder.environment().put("TRAINING_SERVICE_PORT", "28083");
        builder.environment().put("EVALUATION_SERVICE_PORT", "28084");
        builder.environment().put("GATEWAY_PORT", Integer.toString(GATEWAY));
        return builder;
    }

    static synchronized void stop() {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            try {
                if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A token from the real Keycloak for a demo user (password grant of the admin UI client). */
    static String login(String user) {
        return given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "partybloc-admin-ui")
                .formParam("username", user)
                .formParam("password", user + "-demo")
                .post("/realms/partybloc/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A token for the HR system (client-credentials grant of the confidential client). */
    static String hrSystem() {
        return given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "hr-integration")
                .formParam("client_secret", "hr-integration-local-secret")
                .post("/realms/partybloc/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
