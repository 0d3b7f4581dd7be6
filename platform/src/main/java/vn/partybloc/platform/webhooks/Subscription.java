package vn.partybloc.platform.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A row of {@code webhook_subscriptions}, secrets included. */
record Subscription(
        UUID id,
        String clientId,
        String createdBy,
        Instant createdAt,
        String url,
        List<String> types,
        Set<String> roles,
        String purpose,
        String secret,
        String previousSecret,
        Instant previousSecretUntil,
        WebhookStatus status,
        long position,
        int attempts,
        Instant retryingSince,
        Instant nextAttemptAt,
        UUID organizationId) {

    /** The secrets that sign a delivery at {@code now}: the current one, and the one a rotation replaced until its end. */
    List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /** As the API shows it; {@code shownSecret} only in the answer that made the secret, else null. */
    WebhookSubscription view(String shownSecret) {
        return new WebhookSubscription(
                id,
                clientId,
                createdBy,
                createdAt,
                url,
                types,
                organizationId,
                status,
                Long.toString(position),
                retryingSince,
                nextAttemptAt,
                shownSecret,
                previousSecret == null ? null : previousSecretUntil);
    }
}
