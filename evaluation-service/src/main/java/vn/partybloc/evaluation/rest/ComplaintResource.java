package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.Complaint;
import vn.partybloc.evaluation.domain.ComplaintKind;
import vn.partybloc.evaluation.domain.ComplaintTerms;
import vn.partybloc.evaluation.domain.Complaints;
import vn.partybloc.evaluation.domain.OrganizationScope;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.BlocZone;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Complaints",
        description = "Khiếu nại, tố cáo: complaints and denunciations about members and organizations, resolved by "
                + "the competent inspection committee within the terms' times (QĐ 22-QĐ/TW, Điều 19 and 20).")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR})
public class ComplaintResource {

    private static final String SENSITIVE = " Sensitive personnel data: for an admin, organizer or inspector, and a "
            + "secretary for complaints about their own subtree, never a denunciation (404). A denouncer's name and "
            + "contact are given only to an inspector whose `org_id` is the organization it is assigned to.";

    private final Complaints complaints;
    private final OrganizationScope scope;

    public ComplaintResource(Complaints complaints, OrganizationScope scope) {
        this.complaints = complaints;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listComplaints",
            summary = "Complaints and denunciations about a subtree, newest first",
            description = "About members or organizations of the subtree of `organizationId` (default: the caller's "
                    + "scope root), optionally of one kind, paged." + SENSITIVE)
    @APIResponse(responseCode = "200", description = "A page of complaints.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<ComplaintResponse> list(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only this kind.") @QueryParam("kind") ComplaintKind kind,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(complaints.of(scope.subtreeRoot(organizationId), kind), page, "receivedOn", this::response);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listOverdueComplaints",
            summary = "Complaints past a deadline and not resolved",
            description = "Those about the subtree of `organizationId` (default: the caller's scope root) that on "
                    + "`on` (default: today in Vietnam) are past their last day to resolve, or still only received "
                    + "past their last day to acknowledge; the earliest due first, paged." + SENSITIVE)
    @APIResponse(responseCode = "200", description = "A page of overdue complaints.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<ComplaintResponse> overdue(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "The day to look from; default today.", example = "2024-12-31") @QueryParam("on")
                    LocalDate on,
            @Valid @BeanParam PageRequest page) {
        LocalDate day = on == null ? BlocZone.today() : on;
        return Pages.of(complaints.overdue(scope.subtreeRoot(organizationId), day), page, "resolveBy", this::response);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getComplaint",
            summary = "Read a complaint or denunciation",
            description = "It, its deadlines and outcome, and its `ETag`." + SENSITIVE)
    public RestResponse<ComplaintResponse> get(@PathParam("id") UUID id) {
        return ok(complaints.get(id));
    }

    @POST
    @Operation(
            operationId = "receiveComplaint",
            summary = "Record a complaint or denunciation received",
            description = "About one member the register knows (also one who has left) or one organization "
                    + "(`CMP-SUBJECT`), assigned to the inspection committee of the subject's organization or one "
                    + "above it (`CMP-ASSIGNEE`). Its deadlines are set from the terms of its kind on `receivedOn` "
                    + "(`GET /api/v1/complaints/terms`); an anonymous denunciation gets none, as it is not resolved "
                    + "(`CMP-ANONYMOUS`). Nothing about it is published: no event, no changes feed.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; `Location` names it.",
            content = @Content(schema = @Schema(implementation = ComplaintResponse.class)))
    public RestResponse<ComplaintResponse> receive(@NotNull @Valid ComplaintRequest request, @Context UriInfo uri) {
        Complaint c = complaints.receive(request.intake());
        return RestResponse.ResponseBuilder.<ComplaintResponse>created(
                        uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(ETags.of(c.version))
                .entity(response(c))
                .build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(
            operationId = "acknowledgeComplaint",
            summary = "Take a complaint up (thụ lý)",
            description = "Once, while only received, not before its receipt (`CMP-FLOW`); never an anonymous "
                    + "denunciation (`CMP-ANONYMOUS`).")
    public RestResponse<ComplaintResponse> acknowledge(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ComplaintAcknowledgementRequest request) {
        return ok(complaints.acknowledge(id, ifMatch, request.acknowledgedOn()));
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(
            operationId = "resolveComplaint",
            summary = "Record how a complaint was resolved",
            description = "Once, not before it was received or acknowledged; one only received is closed as "
                    + "`NOT_ACCEPTED` (`CMP-FLOW`), and so is an anonymous denunciation (`CMP-ANONYMOUS`).")
    public RestResponse<ComplaintResponse> resolve(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ComplaintResolutionRequest request) {
        return ok(complaints.resolve(id, ifMatch, request.resolution()));
    }

    @GET
    @Path("/terms")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(
            operationId = "listComplaintTerms",
            summary = "The times to acknowledge and resolve each kind of complaint",
            description = "As data, each with the document and article it comes from; a time the sources do not "
                    + "state is absent and sets no deadline.")
    public List<ComplaintTermsResponse> terms() {
        return complaints.terms().stream().map(ComplaintTermsResponse::from).toList();
    }

    @PUT
    @Path("/terms/{kind}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
    @Operation(
            operationId = "setComplaintTerms",
            summary = "Set the times of one kind of complaint",
            description = "With their source. They apply to complaints received from then on: those received keep "
                    + "the deadlines they were given.")
    public RestResponse<ComplaintTermsResponse> setTerms(
            @PathParam("kind") ComplaintKind kind,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ComplaintTermsRequest request) {
        ComplaintTerms t = complaints.setTerms(kind, ifMatch, request.terms());
        return RestResponse.ResponseBuilder.ok(ComplaintTermsResponse.from(t))
                .tag(ETags.of(t.version))
                .build();
    }

    private ComplaintResponse response(Complaint c) {
        return ComplaintResponse.from(c, complaints.mayReadComplainant(c));
    }

    private RestResponse<ComplaintResponse> ok(Complaint c) {
        return RestResponse.ResponseBuilder.ok(response(c))
                .tag(ETags.of(c.version))
                .build();
    }
}
