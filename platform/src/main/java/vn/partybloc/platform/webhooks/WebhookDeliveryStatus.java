package vn.partybloc.platform.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookDeliveryStatus",
        description =
                "DELIVERED: the target answered 2xx; RETRYING: it did not, the event is tried again with a longer "
                        + "wait each time; FAILED: it did not for the whole retry period, and the subscription is FAILING.")
public enum WebhookDeliveryStatus {
    DELIVERED,
    RETRYING,
    FAILED
}
