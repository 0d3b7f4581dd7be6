package vn.partybloc.platform.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookStatus",
        description = "ACTIVE: deliveries go out; PAUSED: held by its client or an admin until resumed, events wait; "
                + "FAILING: a delivery failed for the whole retry period, events wait until it is resumed.")
public enum WebhookStatus {
    ACTIVE,
    PAUSED,
    FAILING
}
