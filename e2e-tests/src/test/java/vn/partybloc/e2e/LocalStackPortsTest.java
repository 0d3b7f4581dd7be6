package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ports the e2e stack is started on lie below the range the system hands outgoing connections their local ports
 * from (Linux: {@code ip_local_port_range}, 32768–60999 by default): a port chosen inside it can be taken by any
 * outgoing connection before the launcher binds it, and the stack then does not start (seen in CI: Keycloak's
 * management port "already in use").
 */
class LocalStackPortsTest {

    @Test
    void theStacksPortsAreFreeDistinctAndBelowTheEphemeralRange() throws IOException {
        Map<String, Integer> ports = LocalStack.freePorts("A", "B", "C", "D", "E", "F", "G", "H");
        int ephemeralLow = ephemeralRangeLow();

        assertEquals(8, new HashSet<>(ports.values()).size(), "distinct: " + ports);
        for (int port : ports.values()) {
            assertTrue(port < ephemeralLow, port + " lies in the ephemeral range from " + ephemeralLow);
            try (ServerSocket bound = new ServerSocket(port)) {
                assertEquals(port, bound.getLocalPort());
            }
        }
    }

    private static int ephemeralRangeLow() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        // Read by lines: /proc reports a size of 0, which Files.readString takes at its word.
        return Files.exists(range)
                ? Integer.parseInt(Files.readAllLines(range).get(0).split("\\s+")[0])
                : 32768;
    }
}
