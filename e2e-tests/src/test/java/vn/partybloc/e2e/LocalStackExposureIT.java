package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * On the local stack only the gateway is meant to be reached (issue 14): the services, PostgreSQL and Kafka listen on
 * this machine's loopback, so another machine cannot call a service around the gateway.
 */
@Order(8)
class LocalStackExposureIT extends Journey {

    private static final List<String> LOOPBACK_ONLY = List.of(
            "ORGANIZATION_SERVICE_PORT",
            "MEMBER_SERVICE_PORT",
            "TRAINING_SERVICE_PORT",
            "EVALUATION_SERVICE_PORT",
            "POSTGRES_PORT",
            "KAFKA_PORT");

    @Test
    void theServicesAnswerOnLoopbackOnlyAndTheGatewayOnTheMachinesAddress() throws Exception {
        InetAddress outward = outwardAddress();
        assumeTrue(outward != null, "this machine has no address but loopback");
        for (String variable : LOOPBACK_ONLY) {
            int port = LocalStack.port(variable);
            connect(InetAddress.getLoopbackAddress(), port);
            assertThrows(IOException.class, () -> connect(outward, port), variable + " on " + outward);
        }
        connect(outward, LocalStack.GATEWAY);
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    /** An IPv4 address of an interface that is up, neither loopback nor link-local. */
    private static InetAddress outwardAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                    return address;
                }
            }
        }
        return null;
    }
}
