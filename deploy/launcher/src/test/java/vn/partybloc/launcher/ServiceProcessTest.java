package vn.partybloc.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher starts a service again when it exits while the stack runs, as Compose or Kubernetes would. */
class ServiceProcessTest {

    @Test
    void aServiceKilledWhileTheStackRunsIsStartedAgainAndAClosedOneIsNot(@TempDir Path project) throws Exception {
        Stack stack = new Stack(project, Map.of());
        Files.createDirectories(stack.logs());
        int port = freePort();
        ServiceProcess.Spec spec = new ServiceProcess.Spec(
                "stand-in", port, URI.create("http://127.0.0.1:" + port + "/q/health/ready"), jar(project), Map.of());
        ServiceProcess service = ServiceProcess.start(stack, spec);
        try {
            long first = service.pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly();
            await("started again after a kill -9")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> service.pid() != first && ready(port));
        } finally {
            service.close();
        }
        long last = service.pid();
        assertFalse(ProcessHandle.of(last).map(ProcessHandle::isAlive).orElse(false), "the closed one runs");
        await("nothing started after the stack closed it")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> !ready(port));
    }

    /** A jar whose manifest runs {@link ReadyServer} from this module's test classes. */
    private static Path jar(Path folder) throws IOException, java.net.URISyntaxException {
        Path classes = Path.of(ReadyServer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ReadyServer.class.getName());
        manifest.getMainAttributes()
                .put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = folder.resolve("stand-in.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
        return jar;
    }

    private static boolean ready(int port) {
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
