package vn.partybloc.platform.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.partybloc.kernel.Roles;

/**
 * The changes feed endpoint; each service extends it with its own {@code @Path("/api/v1/changes/<context>")} and tag.
 */
public abstract class ChangesResourceBase {

    @Inject
    ChangesFeed feed;

    @Inject
    ChangesAudience audience;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INTEGRATION})
    @Operation(
            summary = "Read the changes feed",
            description =
                    "Every event this service published, oldest first, the same as on Kafka. Start with no `after`, "
                            + "then pass the `next` cursor of each page. Events carry an `id` for de-duplication. An "
                            + "event type about a resource the caller may not read is left out.")
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
                    int limit) {
        return feed.read(after, limit, audience.hiddenEventTypes());
    }
}
