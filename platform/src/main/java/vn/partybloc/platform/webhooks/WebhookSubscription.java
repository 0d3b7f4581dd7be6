package vn.partybloc.platform.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscription", description = "A client's URL to which this service posts its events.")
public record WebhookSubscription(
        @Schema(description = "Id of the subscription.") UUID id,

        @Schema(
                description = "The OAuth client that holds it (`azp` of its creator's token).",
                example = "hr-integration")
        String clientId,

        @Schema(description = "Who created it.", example = "service-account-hr-integration")
        String createdBy,

        @Schema(description = "When it was created.") Instant createdAt,

        @Schema(description = "Where events are posted.", example = "https://hr.example.vn/partybloc/events")
        String url,

        @Schema(description = "The event types delivered; empty: every type its creator's roles may read.")
        List<String> types,

        @Schema(description = "The subtree whose events are delivered; absent: every organization.", nullable = true)
        UUID organizationId,

        @Schema(description = "Whether deliveries go out.") WebhookStatus status,

        @Schema(
                description = "The changes-feed position delivered up to: the feed from `after` = this position "
                        + "holds what is still to come.",
                example = "1024")
        String position,

        @Schema(description = "Since when the next event has failed to be delivered, if it has.", nullable = true)
        Instant retryingSince,

        @Schema(description = "When the next retry is due, if one is.", nullable = true)
        Instant nextAttemptAt,

        @Schema(
                description = "The signing secret (`whsec_` and base64): only in the answer to a creation or a "
                        + "rotation, never again; keep it to verify `webhook-signature`.",
                nullable = true)
        String secret,

        @Schema(
                description = "Until when the secret a rotation replaced still signs, beside the new one.",
                nullable = true)
        Instant previousSecretUntil) {}
