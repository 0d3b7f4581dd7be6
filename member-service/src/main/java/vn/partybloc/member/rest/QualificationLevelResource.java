package vn.partybloc.member.rest;

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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.QualificationKind;
import vn.partybloc.member.domain.QualificationLevel;
import vn.partybloc.member.domain.QualificationLevelQueries;
import vn.partybloc.member.domain.QualificationLevelService;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/qualification-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Qualification levels",
        description = "The code lists of state-management, foreign-language and IT levels that members' recorded text "
                + "is counted by. Unconfirmed where a level has no source.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class QualificationLevelResource {

    private static final Set<String> SORTABLE = Set.of("kind", "code", "label");

    private static final String REMATCH =
            " In the same transaction every member's recorded text of the list is matched "
                    + "again, so members who already wrote a new alias get the level's code (and a new ETag).";

    private final QualificationLevelService service;
    private final QualificationLevelQueries queries;

    public QualificationLevelResource(QualificationLevelService service, QualificationLevelQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GET
    @Operation(
            operationId = "listQualificationLevels",
            summary = "List the qualification levels",
            description =
                    "The levels of one list (`kind`) or of all, with their sources and aliases. Every reader role.")
    public Page<QualificationLevelResponse> list(
            @Parameter(description = "Only the levels of this list.") @QueryParam("kind") QualificationKind kind,
            @Valid @BeanParam PageRequest page) {
        String orderBy = page.orderBy(SORTABLE, "code", field -> field);
        return queries.list(kind, orderBy, page.page, page.size).map(QualificationLevelResponse::from);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getQualificationLevel",
            summary = "Read a qualification level",
            description = "The level with its `ETag`. Every reader role.")
    public RestResponse<QualificationLevelResponse> get(@PathParam("id") UUID id) {
        return ok(queries.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
    @Operation(
            operationId = "addQualificationLevel",
            summary = "Add a level to a qualification's code list",
            description =
                    "For an admin or organizer. The code is unique in its list (409 otherwise); no spelling of the "
                            + "level (label or alias) may already name another level of the list (`QUAL-ONE-LEVEL`)."
                            + REMATCH)
    @APIResponse(
            responseCode = "201",
            description = "Added; `Location` names the level.",
            content = @Content(schema = @Schema(implementation = QualificationLevelResponse.class)))
    public RestResponse<QualificationLevelResponse> add(
            @NotNull @Valid QualificationLevelRequest request, @Context UriInfo uri) {
        QualificationLevel level = service.create(request.kind(), request.toDomain());
        return RestResponse.ResponseBuilder.<QualificationLevelResponse>created(
                        uri.getAbsolutePathBuilder().path(level.id.toString()).build())
                .tag(ETags.of(level.version))
                .entity(QualificationLevelResponse.from(level))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
    @Operation(
            operationId = "replaceQualificationLevel",
            summary = "Replace a level's code, label, source and aliases",
            description = "For an admin or organizer; the level stays in its list. Send `If-Match` with the ETag you "
                    + "read. The code is unique in its list (409 otherwise); no spelling may name another level of the "
                    + "list (`QUAL-ONE-LEVEL`)."
                    + REMATCH)
    public RestResponse<QualificationLevelResponse> replace(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid QualificationLevelDetailsRequest request) {
        return ok(service.update(id, ifMatch, request.toDomain()));
    }

    private static RestResponse<QualificationLevelResponse> ok(QualificationLevel level) {
        return RestResponse.ResponseBuilder.ok(QualificationLevelResponse.from(level))
                .tag(ETags.of(level.version))
                .build();
    }
}
