package vn.partybloc.platform.webhooks;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event posted (or tried) to a subscription's URL.")
public record WebhookDelivery(
        @Schema(description = "Id of the delivery: the `webhook-id` header, the same on each retry.")
        UUID id,

        @Schema(description = "The event's position in the changes feed.", example = "1024")
        String position,

        @Schema(description = "The event's id (the CloudEvent `id`).")
        String eventId,

        @Schema(description = "The event's type.", example = "MemberTransferredOut")
        String eventType,

        @Schema(description = "Where the delivery stands.") WebhookDeliveryStatus status,

        @Schema(description = "How many times it was posted.", example = "1")
        int attempts,

        @Schema(
                description = "The HTTP status the target last answered; absent when it answered none.",
                nullable = true)
        Integer responseCode,

        @Schema(description = "Why the last attempt failed, when it did.", nullable = true)
        String error,

        @Schema(description = "When it was first posted.") Instant firstAttemptAt,

        @Schema(description = "When it was last posted.") Instant lastAttemptAt,

        @Schema(description = "When the target first answered 2xx.", nullable = true)
        Instant deliveredAt) {}
