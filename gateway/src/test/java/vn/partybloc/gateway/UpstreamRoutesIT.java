package vn.partybloc.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every path a service documents is one the gateway proxies to that service: a new resource whose prefix the gateway's
 * configuration lacks would be in the merged document, and so in the generated clients, yet answer 404 through the
 * gateway. Reads the documents the services' builds stored and the gateway's own configuration.
 */
class UpstreamRoutesIT {

    private static final List<String> SERVICES = List.of("organization", "member", "training", "evaluation");

    @Test
    void everyDocumentedPathOfAServiceIsRoutedToIt() throws IOException {
        Properties configuration = new Properties();
        try (Reader in = new FileReader(new File("src/main/resources/application.properties"))) {
            configuration.load(in);
        }
        List<String> unrouted = new ArrayList<>();
        for (String service : SERVICES) {
            List<String> prefixes = List.of(configuration
                    .getProperty("gateway.upstreams." + service + ".prefixes")
                    .split(","));
            new ObjectMapper()
                    .readTree(new File("../" + service + "-service/target/openapi/openapi.json"))
                    .path("paths")
                    .fieldNames()
                    .forEachRemaining(path -> {
                        if (prefixes.stream()
                                .noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
                            unrouted.add(service + "-service " + path);
                        }
                    });
        }
        assertEquals(List.of(), unrouted, "documented paths the gateway does not proxy to their service");
    }
}
