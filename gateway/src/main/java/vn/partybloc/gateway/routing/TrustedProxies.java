package vn.partybloc.gateway.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The proxies in front of the gateway (a TLS ingress, a load balancer) whose {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} it passes on, so that the services build links with the caller's public base URL. From
 * any other peer those headers are replaced with what the gateway itself saw. Entries are IP addresses or CIDR
 * ranges; none by default.
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    public TrustedProxies(List<String> entries) {
        this.ranges = entries.stream()
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .map(Range::parse)
                .toList();
    }

    public boolean trusts(String address) {
        if (ranges.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The address's bytes if it is an IP literal; no name is looked up. */
    private static byte[] literal(String address) {
        if (!address.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException(
                        "gateway.trusted-proxies: not an IP address or CIDR range: " + entry);
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("gateway.trusted-proxies: bad prefix length in " + entry);
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
