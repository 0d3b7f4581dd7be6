package vn.partybloc.platform.shares;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.Periods;

/**
 * The share log's reads, for {@code admin} only; each service extends it with its own {@code
 * @Path("/api/v1/share-log/<context>")} and tag, as it does the changes feed.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public abstract class ShareLogResourceBase {

    public static final String TAG = "Share log";

    public static final String TAG_DESCRIPTION =
            "Every share of the register's data with another system or person: feed pages, export downloads, look-ups.";

    @Inject
    ShareLogQueries queries;

    @GET
    @Operation(
            summary = "Read the share log",
            description = "Every share of this service's data, oldest first: each page of its changes feed, each "
                    + "export content downloaded and each look-up by an identity number, with the client, the caller, "
                    + "the purpose they stated in the `Purpose-Of-Use` header, the filter and the number of records. "
                    + "Append-only: no line is ever changed or removed. Start with no `after`, then pass the `next` "
                    + "cursor of each page.")
    public ShareLogPage entries(
            @Parameter(description = "Cursor: the `next` value of the previous page; omit to start from the beginning.")
                    @QueryParam("after")
                    @Size(max = 18)
                    @Pattern(regexp = "\\d{1,18}")
                    String after,
            @Parameter(description = "Maximum number of lines, 1 to 1000.")
                    @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(1000)
                    int limit,
            @Parameter(description = "Only the shares from this day on (Bloc time).") @QueryParam("from")
                    LocalDate from,
            @Parameter(description = "Only the shares up to this day, included (Bloc time).") @QueryParam("to")
                    LocalDate to,
            @Parameter(description = "Only the shares of this OAuth client.")
                    @QueryParam("clientId")
                    @Size(max = 255)
                    @Pattern(regexp = ShareLog.PRINTABLE_ASCII)
                    String clientId) {
        Periods.requireOrdered(from, to);
        return queries.page(after == null ? 0 : Long.parseLong(after), limit, from, to, clientId);
    }

    @GET
    @Path("/report")
    @Operation(
            summary = "Report the shares of a period",
            description = "Per OAuth client and kind of share, how many shares of this service's data the period "
                    + "saw and how many records they answered, with the first and the last. Without `from` and `to`, "
                    + "the whole log.")
    public ShareReport report(
            @Parameter(
                            description = "First day of the period (Bloc time); omit for the log's beginning.",
                            example = ApiTexts.PERIOD_FROM_EXAMPLE)
                    @QueryParam("from")
                    LocalDate from,
            @Parameter(
                            description = "Last day of the period, included; omit for no end.",
                            example = ApiTexts.PERIOD_TO_EXAMPLE)
                    @QueryParam("to")
                    LocalDate to) {
        Periods.requireOrdered(from, to);
        return queries.report(from, to);
    }
}
