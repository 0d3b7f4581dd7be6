package vn.partybloc.platform.webhooks;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookStatusChangeRequest", description = "Pause a subscription, or resume it.", example = """
                {
                  "status": "PAUSED"
                }""")
public record WebhookStatusChangeRequest(
        @Schema(description = "PAUSED to hold deliveries; ACTIVE to resume them, a FAILING one included.") @NotNull
        WebhookStatus status) {}
