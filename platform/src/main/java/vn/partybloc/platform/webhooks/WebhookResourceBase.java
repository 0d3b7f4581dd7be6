package vn.partybloc.platform.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.shares.ShareLog;

/**
 * Webhook subscriptions to this service's events; each service extends it with its own {@code
 * @Path("/api/v1/webhooks/<context>")} and tag, as it does the changes feed. The document's filter names the
 * operations after the context ({@code createMembersWebhook}, {@code listMembersWebhookDeliveries}).
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public abstract class WebhookResourceBase {

    public static final String TAG = "Webhooks";

    public static final String TAG_DESCRIPTION = "Events posted to a client's URL as they happen, signed per Standard "
            + "Webhooks, retried, with a delivery log (docs/integration.md).";

    @Inject
    Webhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe to this service's events",
            description = "From now on (or from `after`), each event of this service that the caller's roles may read "
                    + "in its changes feed, of the `types` named if any, is posted to `url` as a CloudEvent without "
                    + "its data (read the resource through the API), one at a time in the feed's order, signed per "
                    + "Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the secret this "
                    + "answer shows once. A post the target does not answer 2xx is retried, waiting twice as long each "
                    + "time, for a day; then the subscription is FAILING until resumed. `url` must be `https` on a "
                    + "public address. Each post is recorded in the share log, with the `Purpose-Of-Use` given here.")
    @APIResponse(
            responseCode = "201",
            description = "Created; `Location` names the subscription. Keep `secret`: it is not shown again.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookSubscription.class)))
    public RestResponse<WebhookSubscription> create(
            @NotNull @Valid WebhookSubscriptionRequest request,
            @Parameter(description = ShareLog.PURPOSE_DESCRIPTION)
                    @HeaderParam(ShareLog.PURPOSE_HEADER)
                    @Size(max = ShareLog.PURPOSE_MAX_LENGTH)
                    @Pattern(regexp = ShareLog.PRINTABLE_ASCII)
                    String purpose,
            @Context UriInfo uri) {
        WebhookSubscription created = webhooks.create(request, purpose);
        return RestResponse.ResponseBuilder.<WebhookSubscription>created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            summary = "List webhook subscriptions",
            description = "The subscriptions of the caller's OAuth client, newest first; `admin` sees every client's.")
    public List<WebhookSubscription> list(
            @Parameter(description = "`admin` only: the subscriptions of this OAuth client.")
                    @QueryParam("clientId")
                    @Size(max = 255)
                    @Pattern(regexp = ShareLog.PRINTABLE_ASCII)
                    String clientId) {
        return webhooks.list(clientId);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Read a webhook subscription",
            description = "Where its deliveries stand. Another client's answers 404, as one that does not exist.")
    public WebhookSubscription get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/{id}")
    // It answers no body: a client that accepts only a problem (as generated clients ask for an answer without one)
    // must not be refused 406 by the class's JSON; one that accepts neither still is.
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "Delete a webhook subscription", description = "No event is posted to it any more.")
    @APIResponse(responseCode = "204", description = "Deleted, with its delivery log.")
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pause or resume a webhook subscription",
            description = "PAUSED holds its deliveries; the events wait, in order. ACTIVE resumes them, a FAILING "
                    + "subscription's too: the event it stopped at is posted again at once.")
    public WebhookSubscription changeStatus(
            @PathParam("id") UUID id, @NotNull @Valid WebhookStatusChangeRequest request) {
        return webhooks.changeStatus(id, request.status());
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Operation(
            summary = "Rotate a webhook subscription's secret",
            description = "Answers the new secret, once. For a day, each post carries two signatures, one by the new "
                    + "secret and one by the old, so the receiver can switch to the new one in its own time.")
    public WebhookSubscription rotateSecret(@PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            summary = "Read a webhook subscription's delivery log",
            description = "Each event posted to it, newest first: status, attempts, the last answer's status code and "
                    + "times. Kept 30 days.")
    public WebhookDeliveryPage deliveries(
            @PathParam("id") UUID id,
            @Parameter(description = "Cursor: the `next` value of the previous page; omit for the newest.")
                    @QueryParam("before")
                    @Size(max = 18)
                    @Pattern(regexp = "\\d{1,18}")
                    String before,
            @Parameter(description = "Maximum number of deliveries, 1 to 100.")
                    @QueryParam("limit")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(100)
                    int limit) {
        return webhooks.deliveries(id, before == null ? null : Long.valueOf(before), limit);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliveries")
    @Operation(
            summary = "Deliver an event again",
            description = "Posts the delivery's event again, now, with the same `webhook-id`, and answers how it went. "
                    + "One not delivered before that is delivered now moves the subscription past it. 409 once the "
                    + "event has left the changes feed.")
    public WebhookDelivery redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(id, deliveryId);
    }
}
