package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.partybloc.evaluation.domain.DisciplineAppeal;
import vn.partybloc.evaluation.domain.DisciplineAppeals;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;

@Path("/api/v1/discipline-cases/{id}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Discipline")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR})
public class DisciplineAppealResource {

    private static final String SENSITIVE = " Sensitive personnel data, read as the case is.";

    private final DisciplineAppeals appeals;

    public DisciplineAppealResource(DisciplineAppeals appeals) {
        this.appeals = appeals;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listDisciplineAppeals",
            summary = "A discipline case's appeals, oldest first",
            description = "Each appeal with its outcome once resolved." + SENSITIVE)
    public List<DisciplineAppealResponse> list(@PathParam("id") UUID caseId) {
        return appeals.of(caseId).stream().map(DisciplineAppealResponse::from).toList();
    }

    @GET
    @Path("/{appealId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getDisciplineAppeal",
            summary = "Read an appeal",
            description = "The appeal, its outcome once resolved, and its `ETag`." + SENSITIVE)
    public RestResponse<DisciplineAppealResponse> get(
            @PathParam("id") UUID caseId, @PathParam("appealId") UUID appealId) {
        return ok(appeals.get(caseId, appealId));
    }

    @POST
    @Operation(
            operationId = "lodgeDisciplineAppeal",
            summary = "Record the disciplined member's appeal",
            description = "Against the decision in force (`DIS-APPEAL-FLOW`: the case is `DECIDED` and no appeal of it "
                    + "is pending, QĐ 22-QĐ/TW Điều 23), lodged within the appeal terms' time of receiving it (one "
                    + "month, Điều lệ Đảng Điều 39 khoản 7: `DIS-APPEAL-DEADLINE`; a further appeal counts from the "
                    + "last appeal's decision), to a standing or inspection committee of an organization above the "
                    + "body that decided it, or to the standing committee over its own inspection committee's decision "
                    + "(`DIS-APPEAL-BODY`, QĐ 22-QĐ/TW Điều 22). The decision stays in force while the appeal is "
                    + "pending (Điều lệ Đảng, Điều 39 khoản 9).")
    @APIResponse(
            responseCode = "201",
            description = "Lodged; `Location` names the appeal.",
            content = @Content(schema = @Schema(implementation = DisciplineAppealResponse.class)))
    public RestResponse<DisciplineAppealResponse> lodge(
            @PathParam("id") UUID caseId, @NotNull @Valid DisciplineAppealRequest request, @Context UriInfo uri) {
        DisciplineAppeal a = appeals.lodge(caseId, request.lodging());
        return RestResponse.ResponseBuilder.<DisciplineAppealResponse>created(
                        uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .tag(ETags.of(a.version))
                .entity(DisciplineAppealResponse.from(a))
                .build();
    }

    @POST
    @Path("/{appealId}/resolution")
    @Operation(
            operationId = "resolveDisciplineAppeal",
            summary = "Record the outcome of an appeal",
            description = "Once, not before it was lodged (`DIS-APPEAL-FLOW`). `CHANGED` names a form other than the "
                    + "one in force (`DIS-APPEAL-OUTCOME`), checked as a decision is (`DIS-FORM`); `ANNULLED` makes "
                    + "the case `ANNULLED`. Publishes DisciplineAppealResolved: member-service withdraws an annulled "
                    + "decision's flags from the succession plans, and carries a change to expulsion or removal from "
                    + "post as a decision; an annulled discipline no longer weighs on the year's rating "
                    + "(`REV-DISCIPLINED`).")
    public RestResponse<DisciplineAppealResponse> resolve(
            @PathParam("id") UUID caseId,
            @PathParam("appealId") UUID appealId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DisciplineAppealResolutionRequest request) {
        return ok(appeals.resolve(caseId, appealId, ifMatch, request.resolution()));
    }

    private static RestResponse<DisciplineAppealResponse> ok(DisciplineAppeal a) {
        return RestResponse.ResponseBuilder.ok(DisciplineAppealResponse.from(a))
                .tag(ETags.of(a.version))
                .build();
    }
}
