package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Languages;
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.Organization;
import vn.partybloc.organization.domain.OrganizationFilter;
import vn.partybloc.organization.domain.OrganizationQueries;
import vn.partybloc.organization.domain.OrganizationRow;
import vn.partybloc.organization.domain.OrganizationService;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.organization.domain.StructureWarnings;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.EnumFilters;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "The Bloc's party organizations and their tree.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class OrganizationResource {

    private static final Set<String> SORTABLE = Set.of("name", "code", "type", "foundedOn", "depth");

    private final OrganizationService service;
    private final OrganizationQueries queries;
    private final StructureWarnings warnings;

    public OrganizationResource(OrganizationService service, OrganizationQueries queries, StructureWarnings warnings) {
        this.service = service;
        this.queries = queries;
        this.warnings = warnings;
    }

    @GET
    @Operation(
            operationId = "listOrganizations",
            summary = "List and search organizations",
            description =
                    "Filters combine; `q` matches name or code without regard to accents or case, `code` matches codes "
                            + "exactly (an integrating system finds its organizations by the codes it holds). With `asOf`, "
                            + "answers as the tree stood at the end of that date. A secretary sees only their own subtree.")
    public Page<OrganizationResponse> list(
            @Parameter(description = "Accent-insensitive text to find in the name or code.")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @Parameter(description = "Only the organizations with these codes, exactly (repeat for several).")
                    @QueryParam("code")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<@Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String> codes,
            @Parameter(description = "Only these types.") @QueryParam("type") @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<OrganizationType> types,
            @Parameter(description = "Only these statuses.")
                    @QueryParam("status")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<OrganizationStatus> statuses,
            @Parameter(description = "Only direct children of this organization.") @QueryParam("parentId")
                    UUID parentId,
            @Parameter(description = "Answer as of the end of this date.") @QueryParam("asOf") LocalDate asOf,
            @Valid @BeanParam PageRequest page) {
        OrganizationFilter filter = new OrganizationFilter(
                asOf,
                q,
                codes == null ? Set.of() : Set.copyOf(codes),
                EnumFilters.of(types, OrganizationType.class),
                EnumFilters.of(statuses, OrganizationStatus.class),
                parentId,
                null,
                null);
        return queries.search(filter, orderBy(page), page.page, page.size).map(OrganizationResponse::from);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
    @Operation(
            operationId = "foundOrganization",
            summary = "Found an organization",
            description =
                    "Creates an organization under an active parent of an allowed type (domain rule 3), recorded as a "
                            + "FOUND change with its decision. Supports `Idempotency-Key`.")
    @APIResponse(
            responseCode = "201",
            description = "Founded; `Location` names it.",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    public RestResponse<OrganizationResponse> found(
            @NotNull @Valid FoundOrganizationRequest request, @Context UriInfo uri) {
        Organization created = service.found(
                request.organization().toDomain(), request.decision().toDomain());
        return created(created, uri);
    }

    @POST
    @Path("/transfers-in")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
    @Operation(
            operationId = "receiveOrganization",
            summary = "Receive an organization from outside the Bloc",
            description = "Brings in an organization handed over by a superior outside the Bloc (TRANSFER_IN).")
    @APIResponse(
            responseCode = "201",
            description = "Received; `Location` names it.",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    public RestResponse<OrganizationResponse> receive(
            @NotNull @Valid ReceiveOrganizationRequest request, @Context UriInfo uri) {
        Organization received = service.receive(
                request.organization().toDomain(),
                request.origin().strip(),
                request.decision().toDomain());
        return created(received, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getOrganization",
            summary = "Read an organization",
            description =
                    "The latest state with its `ETag` and its `warnings` (domain rules 1 and 2, from the member counts "
                            + "now), or with `asOf` the state at the end of that date.")
    public RestResponse<OrganizationResponse> get(
            @PathParam("id") UUID id,
            @Parameter(description = "Answer as of the end of this date.") @QueryParam("asOf") LocalDate asOf,
            @Context HttpHeaders headers) {
        OrganizationRow row = queries.get(id, asOf);
        OrganizationResponse body = OrganizationResponse.from(row);
        if (asOf == null) {
            body = body.withWarnings(StructureWarningResponse.from(
                    warnings.of(row), Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
        }
        RestResponse.ResponseBuilder<OrganizationResponse> response = RestResponse.ResponseBuilder.ok(body);
        if (row.version() != null) {
            response.tag(ETags.of(row.version()));
        }
        return response.build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
    @Operation(
            operationId = "updateOrganization",
            summary = "Update an organization's descriptive fields",
            description =
                    "JSON merge patch of code, name, host unit and online meetings, recorded as an UPDATE change. "
                            + "A patch that changes nothing (`{}` or the current values) answers the organization as it "
                            + "is: no change recorded, no new version, no event. Send `If-Match` with the ETag you read "
                            + "to avoid overwriting someone else's change.")
    public RestResponse<OrganizationResponse> update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UpdateOrganizationRequest request) {
        Organization org = service.update(id, ifMatch, request.toDomain(), request.effectiveDate());
        return ok(org);
    }

    @GET
    @Path("/{id}/children")
    @Operation(
            operationId = "listChildren",
            summary = "Direct children of an organization",
            description =
                    "The organizations directly below this one, filterable by type and status; with `asOf`, as the "
                            + "tree stood at the end of that date. Every reader role may call it; a secretary only inside their "
                            + "own subtree (404 otherwise).")
    public List<OrganizationResponse> children(
            @PathParam("id") UUID id,
            @Parameter(description = "Answer as of the end of this date.") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only these types.") @QueryParam("type") @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<OrganizationType> types,
            @Parameter(description = "Only these statuses.")
                    @QueryParam("status")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<OrganizationStatus> statuses) {
        return queries
                .children(
                        id,
                        asOf,
                        EnumFilters.of(types, OrganizationType.class),
                        EnumFilters.of(statuses, OrganizationStatus.class))
                .stream()
                .map(OrganizationResponse::from)
                .toList();
    }

    @GET
    @Path("/{id}/subtree")
    @Operation(
            operationId = "listSubtree",
            summary = "All descendants of an organization, paged",
            description = "Every organization below this one (not itself), filterable by type, status and text.")
    public Page<OrganizationResponse> subtree(
            @PathParam("id") UUID id,
            @Parameter(description = "Answer as of the end of this date.") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only these types.") @QueryParam("type") @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<OrganizationType> types,
            @Parameter(description = "Only these statuses.")
                    @QueryParam("status")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<OrganizationStatus> statuses,
            @Parameter(description = "Accent-insensitive text to find in the name or code.")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @Valid @BeanParam PageRequest page) {
        return queries.subtree(
                        id,
                        asOf,
                        EnumFilters.of(types, OrganizationType.class),
                        EnumFilters.of(statuses, OrganizationStatus.class),
                        q,
                        orderBy(page),
                        page.page,
                        page.size)
                .map(OrganizationResponse::from);
    }

    @GET
    @Path("/{id}/ancestors")
    @Operation(
            operationId = "listAncestors",
            summary = "The path from the Bloc committee down to the organization's parent",
            description =
                    "From the Bloc committee down to the organization's parent; empty for the Bloc committee itself. "
                            + "With `asOf`, as the tree stood at the end of that date. Every reader role may call it; a "
                            + "secretary asks only about organizations of their own subtree (404 otherwise) and sees only the "
                            + "part of the path inside it.")
    public List<OrganizationResponse> ancestors(
            @PathParam("id") UUID id,
            @Parameter(description = "Answer as of the end of this date.") @QueryParam("asOf") LocalDate asOf) {
        return queries.ancestors(id, asOf).stream()
                .map(OrganizationResponse::from)
                .toList();
    }

    @GET
    @Path("/{id}/counts")
    @Operation(
            operationId = "countOrganizations",
            summary = "Count the active organizations of a subtree",
            description =
                    "By type and host-unit kind, the subtree's root included: for the Bloc, the article's 122 grassroots "
                            + "organizations (93 committees + 29 cells), 12 sub-committees and 1,117 subordinate cells.")
    public CountsResponse counts(
            @PathParam("id") UUID id,
            @Parameter(description = "Count as of the end of this date.") @QueryParam("asOf") LocalDate asOf) {
        return CountsResponse.of(id, asOf, queries.counts(id, asOf));
    }

    @GET
    @Path("/{id}/change-counts")
    @Operation(
            operationId = "countStructuralChanges",
            summary = "Count the structural changes of a subtree in a period",
            description =
                    "Changes that took effect in [`from`, `to`] on organizations of the subtree (the root included), by kind "
                            + "and by the type of the organization each is about, each change counted once: the organization "
                            + "department's period report (for the Bloc, 2021 to 06/2023: grassroots organizations and cells "
                            + "transferred out and received, cells founded, split and merged). The members who went or came "
                            + "with them are member-service's `/api/v1/members/movements`.")
    @APIResponse(responseCode = "200", description = "The counts.")
    @APIResponse(responseCode = "400", description = "`from` or `to` missing or malformed, or `to` before `from`.")
    public ChangeCountsResponse changeCounts(
            @PathParam("id") UUID id,
            @Parameter(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
                    @QueryParam("from")
                    @NotNull
                    LocalDate from,
            @Parameter(description = ApiTexts.PERIOD_TO, example = ApiTexts.PERIOD_TO_EXAMPLE)
                    @QueryParam("to")
                    @NotNull
                    LocalDate to) {
        return ChangeCountsResponse.of(id, queries.changeCounts(id, from, to));
    }

    @GET
    @Path("/{id}/overdue-congresses")
    @Operation(
            operationId = "listOverdueCongresses",
            summary = "The organizations of a subtree whose congress is overdue (domain rule 8)",
            description = "Active organizations of the subtree (the root included) whose next congress was due before "
                    + "`asOf`: the latest term's congress date (else 1 January of its first year) plus the congress "
                    + "cadence of the organization's type in force on that day (a subordinate cell twice every 5 years, "
                    + "from 07/2025 once; the others every 5 years: `partybloc.congress.cadences`). Organizations with "
                    + "no term recorded are listed apart, since their due date is unknown.")
    public OverdueCongressesResponse overdueCongresses(
            @PathParam("id") UUID id,
            @Parameter(description = "The day to look at; today by default.", example = "2023-06-30")
                    @QueryParam("asOf")
                    LocalDate asOf) {
        return OverdueCongressesResponse.of(id, queries.overdueCongresses(id, asOf));
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            operationId = "getOrganizationHistory",
            summary = "Every recorded change involving the organization",
            description = "Oldest effective first, with decisions, authors and the other organizations involved.")
    public List<ChangeResponse> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(ChangeResponse::from).toList();
    }

    static RestResponse<OrganizationResponse> created(Organization org, UriInfo uri) {
        return RestResponse.ResponseBuilder.<OrganizationResponse>created(uri.getBaseUriBuilder()
                        .path("api/v1/organizations")
                        .path(org.id.toString())
                        .build())
                .tag(ETags.of(org.version))
                .entity(OrganizationResponse.from(org))
                .build();
    }

    static RestResponse<OrganizationResponse> ok(Organization org) {
        return RestResponse.ResponseBuilder.ok(OrganizationResponse.from(org))
                .tag(ETags.of(org.version))
                .build();
    }

    private static String orderBy(PageRequest page) {
        return page.orderBy(SORTABLE, "name", field -> switch (field) {
            case "foundedOn" -> "o.founded_on";
            default -> "o." + field;
        });
    }
}
