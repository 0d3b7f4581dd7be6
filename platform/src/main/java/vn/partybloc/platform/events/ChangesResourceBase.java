package vn.partybloc.platform.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.shares.ShareKind;
import vn.partybloc.platform.shares.ShareLog;
import vn.partybloc.platform.web.PageRequest;

/**
 * The changes feed endpoint; each service extends it with its own {@code @Path("/api/v1/changes/<context>")} and tag.
 */
public abstract class ChangesResourceBase {

    @Inject
    ChangesFeed feed;

    @Inject
    ChangesAudience audience;

    @Inject
    ShareLog shares;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INTEGRATION})
    @Operation(
            summary = "Read the changes feed",
            description =
                    "Every event this service published, oldest first, the same as on Kafka. Start with no `after`, "
                            + "then pass the `next` cursor of each page. Events carry an `id` for de-duplication. An "
                            + "event type about a resource the caller may not read is left out. `type` keeps only the events "
                            + "of the types named (docs/events.md lists each service's), so a client may follow the "
                            + "types it acts on, e.g. the members who leave its view; such a page reads at most 10,000 "
                            + "positions, so it may come back short or empty with `hasMore`: read on from `next`. "
                            + "`organizationId` keeps the events about that organization's subtree as it stood when "
                            + "each happened, so the subtree's feed also tells of what left it (a member transferred "
                            + "out, an organization moved elsewhere); the same bound applies. "
                            + "A page that holds events is recorded in the share log.")
    public ChangesPage changes(
            @Parameter(description = "Cursor: the `next` value of the previous page; omit to start from the beginning.")
                    @QueryParam("after")
                    @Size(max = 20)
                    String after,
            @Parameter(description = "Maximum number of events, 1 to 1000.")
                    @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(ChangesFeed.MAX_LIMIT)
                    int limit,
            @Parameter(description = "Only events of these types (repeat for several); by default every type.")
                    @QueryParam("type")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<@Size(max = 64) @Pattern(regexp = "[A-Z][A-Za-z]{1,63}") String> type,
            @Parameter(
                            description =
                                    "Only the events about this organization's subtree; 404 if the service knows no such organization.")
                    @QueryParam("organizationId")
                    UUID organizationId,
            @Parameter(description = ShareLog.PURPOSE_DESCRIPTION)
                    @HeaderParam(ShareLog.PURPOSE_HEADER)
                    @Size(max = ShareLog.PURPOSE_MAX_LENGTH)
                    @Pattern(regexp = ShareLog.PRINTABLE_ASCII)
                    String purpose,
            @Context UriInfo uri) {
        ChangesPage page =
                feed.read(after, limit, new ChangesFilter(audience.hiddenEventTypes(), type, organizationId));
        if (!page.items().isEmpty()) {
            shares.record(
                    ShareKind.FEED_READ,
                    uri.getPath(),
                    uri.getRequestUri().getRawQuery(),
                    page.items().size(),
                    purpose);
        }
        return page;
    }
}
