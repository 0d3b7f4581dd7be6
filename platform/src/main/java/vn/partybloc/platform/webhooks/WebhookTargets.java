package vn.partybloc.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.partybloc.platform.web.ProblemException;

/**
 * Which URLs a subscription may target: {@code https} (or {@code http} where configured), a host on the configured
 * allow-list if there is one, and every address the host resolves to public unless private targets are allowed. Checked
 * when a subscription is created and again before each delivery, as a name may later resolve elsewhere.
 */
@ApplicationScoped
public class WebhookTargets {

    private final WebhookConfig config;

    public WebhookTargets(WebhookConfig config) {
        this.config = config;
    }

    /** The target as a URI, or a 400 on {@code url} saying why it is refused. */
    URI check(String url) {
        URI uri = parse(url);
        Optional<ProblemException> refusal = refusal(uri);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        return uri;
    }

    /** Why a delivery to {@code uri} may not be made now, as the 400 on {@code url} a creation would get. */
    Optional<ProblemException> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && config.allowHttp())) {
            return Optional.of(
                    config.allowHttp()
                            ? ProblemException.invalid("url", "webhook.target-scheme")
                            : ProblemException.invalid("url", "webhook.target-https"));
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of(ProblemException.invalid("url", "webhook.target-invalid"));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (config.allowedHosts().isPresent()
                && !allowed(host, config.allowedHosts().get())) {
            return Optional.of(ProblemException.invalid("url", "webhook.target-not-allowed"));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of(ProblemException.invalid("url", "webhook.target-unresolved"));
        }
        if (!config.allowPrivateTargets()) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return Optional.of(ProblemException.invalid("url", "webhook.target-private"));
                }
            }
        }
        return Optional.empty();
    }

    /** The message key of a refusal, for the delivery log. */
    static String reason(ProblemException refusal) {
        return refusal.errors().get(0).message().key();
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw ProblemException.invalid("url", "webhook.target-invalid");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "webhook.target-invalid");
        }
    }

    static boolean allowed(String host, List<String> allowedHosts) {
        return allowedHosts.stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(allowed ->
                        allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed));
    }

    /** Not loopback, link-local, private, carrier-grade NAT, unique-local, multicast or unspecified. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean sharedAddressSpace = first == 100 && second >= 64 && second < 128;
            boolean thisNetwork = first == 0;
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            return !(sharedAddressSpace || thisNetwork || benchmarking || first >= 240);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            return !uniqueLocal;
        }
        return false;
    }
}
