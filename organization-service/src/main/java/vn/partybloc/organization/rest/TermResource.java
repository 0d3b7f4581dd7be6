package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.Term;
import vn.partybloc.organization.domain.TermService;
import vn.partybloc.platform.web.ETags;

@Path("/api/v1/organizations/{id}/terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Terms", description = "Terms of office of an organization.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class TermResource {

    private final TermService service;

    public TermResource(TermService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listTerms",
            summary = "Terms of office of an organization, oldest first",
            description = "Every recorded term of office (nhiệm kỳ) of the organization, each covering [startYear, "
                    + "endYear). Every reader role may call it; a secretary only inside their own subtree (404 "
                    + "otherwise).")
    public List<TermResponse> list(@PathParam("id") UUID organizationId) {
        return service.list(organizationId).stream().map(TermResponse::from).toList();
    }

    @GET
    @Path("/{termId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getTerm",
            summary = "Read a term of office",
            description = "One term of office of the organization with its `ETag`, as `openTerm` answered it. Every "
                    + "reader role may call it; a secretary only inside their own subtree (404 otherwise).")
    public RestResponse<TermResponse> get(@PathParam("id") UUID organizationId, @PathParam("termId") UUID termId) {
        Term term = service.get(organizationId, termId);
        return RestResponse.ResponseBuilder.ok(TermResponse.from(term))
                .tag(ETags.of(term.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "openTerm",
            summary = "Record a term of office",
            description = "Refused if it overlaps another term.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = TermResponse.class)))
    public RestResponse<TermResponse> open(
            @PathParam("id") UUID organizationId, @NotNull @Valid TermRequest request, @Context UriInfo uri) {
        Term term = service.open(
                organizationId,
                request.startYear(),
                request.endYear(),
                request.congressDate(),
                request.decisionNumber());
        return RestResponse.ResponseBuilder.<TermResponse>created(
                        uri.getAbsolutePathBuilder().path(term.id.toString()).build())
                .tag(ETags.of(term.version))
                .entity(TermResponse.from(term))
                .build();
    }

    @PATCH
    @Path("/{termId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateTerm",
            summary = "Correct a term of office",
            description = "JSON merge patch of the years, congress date or decision number, for an admin or organizer. "
                    + "Refused for an organization that is not active (`ORG-ACTIVE-REQUIRED`), when the end is not "
                    + "after the start (400) or when the corrected term overlaps another (`TERM-OVERLAP`). A patch that "
                    + "changes nothing (`{}` or the current values) answers the term as it is, with no new version "
                    + "and no event. Send `If-Match` with the ETag you read.")
    public RestResponse<TermResponse> update(
            @PathParam("id") UUID organizationId,
            @PathParam("termId") UUID termId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TermUpdateRequest request) {
        Term term = service.update(
                organizationId,
                termId,
                ifMatch,
                request.startYear(),
                request.endYear(),
                request.congressDate(),
                request.decisionNumber());
        return RestResponse.ResponseBuilder.ok(TermResponse.from(term))
                .tag(ETags.of(term.version))
                .build();
    }
}
