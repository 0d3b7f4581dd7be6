package vn.partybloc.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak from the distribution Maven unpacked and built under {@code deploy/keycloak/target}, started optimized (in
 * production mode, over plain HTTP on this machine) on the embedded PostgreSQL (so users and sessions survive
 * restarts), importing the project's realm on first start.
 */
final class Keycloak implements AutoCloseable {

    private static final Pattern VERSION =
            Pattern.compile("<keycloak\\.version>\\s*([^<\\s]+)\\s*</keycloak\\.version>");

    /** Written by {@code deploy/keycloak/prebuild.sh} once {@code kc.sh build} has built it for the stack. */
    static final String PREBUILT = "lib/quarkus/partybloc-build";

    private final Process process;

    private Keycloak(Process process) {
        this.process = process;
    }

    /**
     * The version {@code deploy/keycloak/pom.xml} unpacks: its {@code keycloak.version} is the one place to change it
     * (docker-compose.yml's image is checked against it too).
     */
    static String version(Path project) throws IOException {
        Path pom = project.resolve("deploy/keycloak/pom.xml");
        Matcher version = VERSION.matcher(Files.readString(pom));
        if (!version.find()) {
            throw new IllegalStateException(pom + " does not set <keycloak.version>");
        }
        return version.group(1);
    }

    static Keycloak start(Stack stack, Postgres postgres) throws Exception {
        Path home = stack.project().resolve("deploy/keycloak/target/keycloak-" + version(stack.project()));
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.exists(kc)) {
            throw new IllegalStateException(kc + " is missing; build it with ./mvnw -B package -DskipTests");
        }
        if (!Files.exists(home.resolve(PREBUILT))) {
            throw new IllegalStateException("Keycloak is not built for the stack (" + home.resolve(PREBUILT)
                    + " is missing); build it with ./mvnw -B package -DskipTests -pl deploy/keycloak");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(
                stack.project().resolve("deploy/keycloak/realm-partybloc.json"),
                imports.resolve("realm-partybloc.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                stack.project().resolve("deploy/keycloak/quarkus.properties"),
                home.resolve("conf/quarkus.properties"),
                StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        kc.toString(),
                        "start",
                        "--optimized",
                        "--import-realm",
                        // one node, plain HTTP on this machine, its host name taken from each request (localhost
                        // here, the host's name when the e2e suite reaches it), as start-dev had them; the database
                        // kind is the build's (prebuild.sh)
                        "--cache=local",
                        "--http-enabled=true",
                        "--hostname-strict=false",
                        "--http-port=" + stack.keycloakPort(),
                        "--http-management-port=" + stack.keycloakManagementPort(),
                        "--db-url=" + stack.jdbcUrl("keycloak"),
                        "--db-username=" + Postgres.USER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve("keycloak.log").toFile()));
        String adminPassword = new LocalSecrets(stack.home()).get(LocalSecrets.KEYCLOAK_ADMIN);
        // in the environment rather than on the command line, which any local user can list
        builder.environment().put("KC_DB_PASSWORD", postgres.password());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Keycloak keycloak = new Keycloak(builder.start());
        try {
            keycloak.awaitRealm(stack.oidcUrl(), Duration.ofSeconds(240));
            secureMasterRealm("http://localhost:" + stack.keycloakPort(), adminPassword);
        } catch (Exception e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    /**
     * Brute-force protection on the master realm too (the partybloc realm's file has it). A stack first started by an
     * earlier launcher has a master admin whose password is {@code admin}: it gets the generated one.
     */
    private static void secureMasterRealm(String keycloak, String password) throws Exception {
        String token;
        try {
            token = masterToken(keycloak, password);
        } catch (IllegalStateException refused) {
            try {
                token = masterToken(keycloak, "admin");
            } catch (IllegalStateException alsoRefused) {
                throw new IllegalStateException("the master realm's admin has neither the password kept in the data "
                        + "folder's secrets/" + LocalSecrets.KEYCLOAK_ADMIN + " nor the former default; write the "
                        + "password there, or start afresh with ./run.sh reset");
            }
            String id = ApiClient.parse(
                            adminApi(keycloak, token, "GET", "master/users?username=admin&exact=true", null))
                    .path(0)
                    .path("id")
                    .asText();
            adminApi(
                    keycloak,
                    token,
                    "PUT",
                    "master/users/" + id + "/reset-password",
                    "{\"type\":\"password\",\"temporary\":false,\"value\":\"" + password + "\"}");
        }
        adminApi(keycloak, token, "PUT", "master", "{\"bruteForceProtected\":true}");
    }

    static String masterToken(String keycloak, String password) throws Exception {
        return ApiClient.token(
                keycloak + "/realms/master",
                "grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    /**
     * A call of Keycloak's admin API, {@code path} under {@code /admin/realms/}; answers the body, fails on anything
     * but 2xx.
     */
    static String adminApi(String keycloak, String token, String method, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .method(
                                        method,
                                        body == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak's admin API answered " + method + " " + path + " with "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void awaitRealm(String realm, Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "it exited with code " + process.exitValue() + "; see .local/logs/keycloak.log");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still building or starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(
                "the realm was not served within " + timeout.toSeconds() + " s; see .local/logs/keycloak.log");
    }

    @Override
    public void close() throws Exception {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}
