package vn.partybloc.platform.webhooks;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryPage", description = "A page of a subscription's delivery log, newest first.")
public record WebhookDeliveryPage(
        @Schema(description = "The deliveries, newest event first.")
        List<WebhookDelivery> items,

        @Schema(
                description = "Cursor: pass it as `before` for the older deliveries; absent on the last page.",
                nullable = true,
                example = "1024")
        String next) {}
