package vn.partybloc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrustedProxiesTest {

    /** As Quarkus tells a CIDR range from an address ({@code TrustedProxyCheckPartConverter}). */
    private static final Pattern CIDR = Pattern.compile(".+/\\d+");

    /**
     * Quarkus reads an entry that is neither a CIDR range nor a literal {@code host:port} as a host name, and looks it up
     * in DNS on every request that reaches the service: {@code ::1} reads as host {@code ":"}, port 1, and cost each
     * request of the local stack a DNS query (docs/measurements.md). Every default entry is an address Quarkus parses
     * as one.
     */
    @Test
    void everyTrustedProxyIsAnAddressOrARangeNeverAHostNameLookedUpPerRequest() {
        List<String> entries = ConfigProvider.getConfig().getValues("quarkus.http.proxy.trusted-proxies", String.class);
        List<String> hostNames = entries.stream()
                .filter(entry -> !CIDR.matcher(entry).matches())
                .filter(entry -> new InetSocketAddressConverter().convert(entry).isUnresolved())
                .toList();
        assertEquals(List.of(), hostNames, "trusted proxies read as host names, among " + entries);
    }
}
