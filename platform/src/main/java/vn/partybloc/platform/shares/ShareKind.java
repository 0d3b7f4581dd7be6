package vn.partybloc.platform.shares;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a line of the share log records: how the data left the service. */
@Schema(
        name = "ShareKind",
        description =
                "How the data left the service: a changes-feed page, an export's content, a member look-up, an event posted to a webhook.")
public enum ShareKind {
    /** A page of the changes feed. */
    FEED_READ,
    /** The content of an export job, as NDJSON or CSV. */
    EXPORT_DOWNLOAD,
    /** A member looked up by an identity number. */
    LOOK_UP,
    /** An event posted to a webhook subscription's URL (each attempt). */
    WEBHOOK_DELIVERY
}
