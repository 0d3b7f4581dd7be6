package vn.partybloc.platform.events;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the changes feed, in CloudEvents 1.0 structured (JSON) form. */
@Schema(
        name = "ChangeEvent",
        description =
                "An event of the changes feed: a CloudEvents 1.0 event in structured JSON form, the same event Kafka carries.")
public record ChangeEvent(
        @Schema(
                description = "Position of the event in this service's feed; pass it as `after` to continue.",
                example = "1024")
        String position,

        @Schema(description = "CloudEvents spec version.", example = "1.0")
        String specversion,

        @Schema(description = "Unique event id; use it to de-duplicate.")
        String id,

        @Schema(description = "The service that produced the event.", example = "/organization-service")
        String source,

        @Schema(description = "Event type, a past-tense fact.", example = "OrganizationFounded")
        String type,

        @Schema(description = "Id of the aggregate the event is about.")
        String subject,

        @Schema(description = "When the event occurred.") Instant time,

        @Schema(description = "Media type of `data`.", example = "application/json")
        String datacontenttype,

        @Schema(
                type = SchemaType.OBJECT,
                description = "The event payload; its shape depends on `type` (see the event catalogue).")
        Object data) {}
