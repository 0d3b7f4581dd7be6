package vn.partybloc.platform.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.platform.web.ProblemException;

/**
 * Posts one event to a subscription's URL, signed, after checking again where the URL leads; redirects are not
 * followed, so a target cannot send the request on to an address the check would refuse.
 */
@ApplicationScoped
class WebhookSender {

    static final String USER_AGENT = "partybloc-webhooks/1";

    private final WebhookConfig config;
    private final WebhookTargets targets;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookConfig config, WebhookTargets targets, ObjectMapper json, Clock clock) {
        this.config = config;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    WebhookAttempt send(Subscription subscription, UUID deliveryId, WebhookEvent event) {
        Instant now = clock.instant();
        URI target = URI.create(subscription.url());
        Optional<ProblemException> refusal = targets.refusal(target);
        if (refusal.isPresent()) {
            return new WebhookAttempt(now, null, "target refused: " + WebhookTargets.reason(refusal.get()));
        }
        String body = body(event);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", deliveryId.toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignature.header(
                                subscription.signingSecrets(now), deliveryId.toString(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new WebhookAttempt(now, response.statusCode(), null);
        } catch (IOException e) {
            return new WebhookAttempt(now, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookAttempt(now, null, "interrupted");
        }
    }

    private String body(WebhookEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's attributes are always JSON", e);
        }
    }
}
