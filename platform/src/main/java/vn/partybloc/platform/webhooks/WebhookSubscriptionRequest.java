package vn.partybloc.platform.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.web.PageRequest;

@Schema(
        name = "WebhookSubscriptionRequest",
        description = "Where to deliver this service's events, and which.",
        example = """
                {
                  "url": "https://hr.example.vn/partybloc/events",
                  "types": ["MemberTransferredOut", "MemberStruckOff"]
                }""")
public record WebhookSubscriptionRequest(
        @Schema(
                description = "The URL each event is posted to: `https`, on a public address (and on the host "
                        + "allow-list where the service has one).",
                example = "https://hr.example.vn/partybloc/events",
                maxLength = 2000)
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "[Hh][Tt][Tt][Pp][Ss]?://[!-~]+")
        String url,

        @Schema(
                description = "Only events of these types (docs/events.md lists each service's); omitted or empty: "
                        + "every type the caller's roles may read.",
                nullable = true)
        @Size(max = PageRequest.MAX_FILTER_VALUES)
        List<@Size(max = 64) @Pattern(regexp = "[A-Z][A-Za-z]{1,63}") String> types,

        @Schema(
                description = "Only the events about this organization's subtree, as the changes feed's "
                        + "`organizationId` keeps them; omitted: every organization.",
                nullable = true)
        UUID organizationId,

        @Schema(
                description = "Deliver the events after this changes-feed position (an export's `cursor`, say); "
                        + "omitted: only the events from now on.",
                example = "1024",
                nullable = true,
                maxLength = 18)
        @Size(max = 18)
        @Pattern(regexp = "\\d{1,18}")
        String after) {}
