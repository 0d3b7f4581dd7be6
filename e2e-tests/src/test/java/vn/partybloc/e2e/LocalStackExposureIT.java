package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
 * this machine's loopback, so another machine cannot call a service around the gateway; health and metrics are on
 * each application's management port, also on loopback, and not on the API's port.
 */
@Order(8)
class LocalStackExposureIT extends Journey {

    private static final List<String> LOOPBACK_ONLY = List.of(
            "ORGANIZATION_SERVICE_PORT",
            "MEMBER_SERVICE_PORT",
            "TRAINING_SERVICE_PORT",
            "EVALUATION_SERVICE_PORT",
            "POSTGRES_PORT",
            "KAFKA_PORT",
            "GATEWAY_MANAGEMENT_PORT",
            "ORGANIZATION_SERVICE_MANAGEMENT_PORT",
            "MEMBER_SERVICE_MANAGEMENT_PORT",
            "TRAINING_SERVICE_MANAGEMENT_PORT",
            "EVALUATION_SERVICE_MANAGEMENT_PORT");

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

    @Test
    void healthAndMetricsAnswerOnTheManagementPortNotOnTheApis() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        for (String variable : List.of(
                "GATEWAY_MANAGEMENT_PORT",
                "ORGANIZATION_SERVICE_MANAGEMENT_PORT",
                "MEMBER_SERVICE_MANAGEMENT_PORT",
                "TRAINING_SERVICE_MANAGEMENT_PORT",
                "EVALUATION_SERVICE_MANAGEMENT_PORT")) {
            int port = LocalStack.port(variable);
            given().port(port).get("/q/health/ready").then().statusCode(200);
            given().port(port)
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(containsString("http_server_requests_seconds_count"));
        }
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
