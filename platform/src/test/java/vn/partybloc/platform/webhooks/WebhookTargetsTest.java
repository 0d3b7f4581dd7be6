package vn.partybloc.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Server-side request forgery: a subscription must not make the service post into its own network. */
class WebhookTargetsTest {

    private static final WebhookTargets PRODUCTION = new WebhookTargets(config(Optional.empty()));

    @Test
    void aTargetOnALoopbackPrivateLinkLocalOrUniqueLocalAddressIsRefused() {
        for (String url : List.of(
                "https://127.0.0.1/hook",
                "https://localhost/hook",
                "https://10.20.30.40/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::1]/hook",
                "https://[fd12:3456::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::ffff:10.0.0.1]/hook")) {
            assertEquals("webhook.target-private", refusal(PRODUCTION, url), url);
        }
    }

    @Test
    void aPublicHttpsTargetIsAcceptedAndPlainHttpIsNot() {
        assertNull(refusal(PRODUCTION, "https://203.113.131.1/partybloc/events"));
        assertEquals("webhook.target-https", refusal(PRODUCTION, "http://203.113.131.1/events"));
    }

    @Test
    void withAnAllowListOnlyItsHostsAndTheSubdomainsItNamesAreAccepted() {
        WebhookTargets listed = new WebhookTargets(config(Optional.of(List.of("203.113.131.1", "*.gov.vn"))));
        assertNull(refusal(listed, "https://203.113.131.1/events"));
        assertEquals("webhook.target-not-allowed", refusal(listed, "https://203.113.131.2/events"));
        assertEquals("webhook.target-not-allowed", refusal(listed, "https://gov.vn.example.com/events"));
        assertEquals(true, WebhookTargets.allowed("sonoivu.quangtri.gov.vn", List.of("*.gov.vn")));
    }

    @Test
    void aTargetWithUserInfoOrAFragmentIsRefused() {
        assertEquals("webhook.target-invalid", refusal(PRODUCTION, "https://u:p@203.113.131.1/events"));
        assertEquals("webhook.target-invalid", refusal(PRODUCTION, "https://203.113.131.1/events#x"));
    }

    /** Why {@code targets} refuses {@code url}, as a message key; null when it takes it. */
    private static String refusal(WebhookTargets targets, String url) {
        return targets.refusal(URI.create(url)).map(WebhookTargets::reason).orElse(null);
    }

    private static WebhookConfig config(Optional<List<String>> allowedHosts) {
        return new WebhookConfig() {
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            public Duration firstRetry() {
                return Duration.ofSeconds(5);
            }

            public Duration maxRetryInterval() {
                return Duration.ofHours(1);
            }

            public Duration retryFor() {
                return Duration.ofHours(24);
            }

            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration secretOverlap() {
                return Duration.ofHours(24);
            }

            public Duration deliveryRetention() {
                return Duration.ofDays(30);
            }

            public int concurrency() {
                return 4;
            }

            public int maxPerClient() {
                return 20;
            }

            public boolean allowPrivateTargets() {
                return false;
            }

            public boolean allowHttp() {
                return false;
            }

            public Optional<List<String>> allowedHosts() {
                return allowedHosts;
            }
        };
    }
}
