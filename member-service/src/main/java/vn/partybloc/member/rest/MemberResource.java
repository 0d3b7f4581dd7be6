package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.MemberFilter;
import vn.partybloc.member.domain.MemberQueries;
import vn.partybloc.member.domain.MemberService;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.member.domain.MembershipKind;
import vn.partybloc.member.domain.NationalIdReaders;
import vn.partybloc.member.domain.OrganizationScope;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.StatisticsService;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.EnumFilters;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Party members and their lifecycle.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class MemberResource {

    static final String AS_OF =
            "Read the register as it stood at the end of this day: cell, status and membership kind follow "
                    + "the member's recorded changes (a member admitted later is absent); other details are as recorded now.";

    private static final Set<String> SORTABLE = Set.of("fullName", "dateOfBirth", "admittedOn");

    private final MemberService service;
    private final MemberQueries queries;
    private final StatisticsService statistics;
    private final Caller caller;
    private final OrganizationScope scope;

    public MemberResource(
            MemberService service,
            MemberQueries queries,
            StatisticsService statistics,
            Caller caller,
            OrganizationScope scope) {
        this.scope = scope;
        this.service = service;
        this.queries = queries;
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listMembers",
            summary = "List and search members",
            description =
                    "`q` matches the name without regard to accents; `organizationId` with `includeDescendants` takes a whole subtree. "
                            + "A secretary sees only their own subtree.")
    public Page<MemberResponse> list(
            @Parameter(description = "Accent-insensitive text in the full name.") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "Only members of this organization.") @QueryParam("organizationId")
                    UUID organizationId,
            @Parameter(description = "With `organizationId`: include the organization's whole subtree.")
                    @QueryParam("includeDescendants")
                    @DefaultValue("false")
                    boolean includeDescendants,
            @Parameter(description = "Only these statuses.")
                    @QueryParam("status")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<MemberStatus> statuses,
            @Parameter(description = "Only these membership kinds.")
                    @QueryParam("kind")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<MembershipKind> kinds,
            @Parameter(description = "Only these degrees.")
                    @QueryParam("degree")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<Degree> degrees,
            @Parameter(
                            description =
                                    "Only members holding a position (today, or on `asOf`) on a committee of these kinds.")
                    @QueryParam("committeeKind")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<CommitteeKind> committeeKinds,
            @Parameter(description = "Only members holding (today, or on `asOf`) one of these positions.")
                    @QueryParam("position")
                    @Size(max = PageRequest.MAX_FILTER_VALUES)
                    List<PositionKind> positions,
            @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf,
            @Parameter(
                            description = "Only probationary members still on the register whose 12-month probation "
                                    + "ends within this many days of today (or of `asOf`), including those whose "
                                    + "probation has ended with no decision yet: the organization department's "
                                    + "follow-up list. 0 lists only those already due.")
                    @QueryParam("probationEndingWithinDays")
                    @Min(0)
                    @Max(366)
                    Integer probationEndingWithinDays,
            @Valid @BeanParam PageRequest page) {
        MemberFilter filter = new MemberFilter(
                q,
                null,
                includeDescendants,
                null,
                EnumFilters.of(statuses, MemberStatus.class),
                EnumFilters.of(kinds, MembershipKind.class),
                EnumFilters.of(degrees, Degree.class),
                EnumFilters.of(committeeKinds, CommitteeKind.class),
                EnumFilters.of(positions, PositionKind.class),
                asOf,
                probationEndingWithinDays);
        String orderBy = page.orderBy(SORTABLE, "fullName", f -> switch (f) {
            case "dateOfBirth" -> "m.date_of_birth";
            case "admittedOn" -> "m.admitted_on";
            default -> "m.full_name";
        });
        boolean cleared = cleared();
        return queries.search(filter, organizationId, orderBy, page.page, page.size)
                .map(m -> MemberResponse.from(m, cleared, null));
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getMemberStatistics",
            summary = "Member and committee-member figures of a subtree",
            description =
                    "Members by status and kind; committee members (positions held on the day) by position, degree, academic "
                            + "title and political theory, with the shares of doctors and masters. Today, or `asOf` a past day.")
    public MemberStatisticsResponse statistics(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf) {
        return MemberStatisticsResponse.from(statistics.of(scope.subtreeRoot(organizationId), asOf));
    }

    @POST
    @Operation(
            operationId = "admitMember",
            summary = "Admit a member",
            description =
                    "Records a member admitted to an active cell, as probationary unless `fullMemberSince` is given, or, with "
                            + "`entry` TRANSFERRED_IN, received from outside the Bloc on `receivedOn` from `origin` "
                            + "(published as MemberTransferredIn). The `nationalId` must be 12 digits and unique; a "
                            + "mismatch with gender or birth year comes back as a warning.")
    @APIResponse(
            responseCode = "201",
            description = "Admitted; `Location` names the member.",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public RestResponse<MemberResponse> admit(@NotNull @Valid MemberRequest request, @Context UriInfo uri) {
        MemberService.Admitted admitted =
                service.admit(request.toDomain(), request.decisionNumber(), request.toEntry());
        return RestResponse.ResponseBuilder.<MemberResponse>created(uri.getAbsolutePathBuilder()
                        .path(admitted.member().id.toString())
                        .build())
                .tag(ETags.of(admitted.member().version))
                .entity(MemberResponse.from(admitted.member(), cleared(), admitted.warnings()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getMember",
            summary = "Read a member",
            description = "The member with their `ETag`, or with `asOf` their cell, status and kind at the end of that "
                    + "date. Every reader role may call it; the `nationalId` is shown only to an admin, an organizer "
                    + "or a caller cleared as `identity-reader`; a secretary reads only members of their own subtree "
                    + "(404 otherwise).")
    public RestResponse<MemberResponse> get(
            @PathParam("id") UUID id, @Parameter(description = AS_OF) @QueryParam("asOf") LocalDate asOf) {
        Member m = queries.get(id, asOf);
        return RestResponse.ResponseBuilder.ok(MemberResponse.from(m, cleared(), null))
                .tag(ETags.of(m.version))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceMemberDetails",
            summary = "Replace a member's personal and qualification fields",
            description =
                    "Replaces the personal and qualification fields (name, birth data, education, political theory, "
                            + "job); cell, status and membership kind change only through their own commands. For an admin, "
                            + "organizer or a secretary of the member's subtree. Refused for a member no longer on the register "
                            + "(`MEM-ACTIVE`). Send `If-Match` with the ETag you read. Publishes MemberUpdated.")
    public RestResponse<MemberResponse> update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MemberDetailsRequest request) {
        return ok(service.update(id, ifMatch, request.toDomain()));
    }

    @POST
    @Path("/{id}/recognitions")
    @Operation(
            operationId = "recogniseFullMember",
            summary = "Recognise a probationary member as a full member",
            description =
                    "Công nhận đảng viên chính thức: the member becomes FULL from the given date, on or after the "
                            + "admission (`MEM-ACTIVE`). A member already full is 409. For an admin, organizer or a secretary "
                            + "of the member's subtree. Publishes MemberRecognisedFull.")
    public RestResponse<MemberResponse> recognise(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RecognitionRequest request) {
        return ok(service.recognise(id, ifMatch, request.date(), request.decisionNumber()));
    }

    @POST
    @Path("/{id}/moves")
    @Operation(
            operationId = "moveMember",
            summary = "Move a member to another cell of the Bloc",
            description =
                    "A dated move (chuyển sinh hoạt nội bộ) to another active cell known to the replica (`MEM-CELL`), "
                            + "on or after the admission, for a member still on the register (`MEM-ACTIVE`); a move to the "
                            + "member's own cell is 409. Their seats on the committee of the cell they leave end that day "
                            + "(`REASSIGNMENT`, CommitteePositionEnded); seats on committees above it stay. For an admin, "
                            + "organizer or a secretary of the member's subtree. Publishes MemberMoved.")
    public RestResponse<MemberResponse> move(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MemberMoveRequest request) {
        return ok(service.move(id, ifMatch, request.toOrganizationId(), request.date(), request.decisionNumber()));
    }

    @POST
    @Path("/{id}/departures")
    @Operation(
            operationId = "recordDeparture",
            summary = "Record a transfer out, death, striking off or expulsion",
            description =
                    "TRANSFERRED_OUT, DIED, STRUCK_OFF or EXPELLED (any other kind is 400), dated on or after the "
                            + "admission, for a member still on the register (`MEM-ACTIVE`). The member leaves the register and "
                            + "every position they hold ends on that day. For an admin, organizer or a secretary of the "
                            + "member's subtree. Publishes the matching member event.")
    public RestResponse<MemberResponse> depart(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DepartureRequest request) {
        return ok(
                service.depart(id, ifMatch, request.kind(), request.date(), request.decisionNumber(), request.note()));
    }

    @POST
    @Path("/{id}/exemptions")
    @Operation(
            operationId = "recordExemption",
            summary = "Exempt a member from party activities",
            description = "Miễn sinh hoạt đảng: an active member, from a day on or after their admission, becomes "
                    + "EXEMPT; they stay on the register, in their cell and on their committees. A member already "
                    + "exempt is 409; one who has left is `MEM-ACTIVE`. For an admin, organizer or a secretary of the "
                    + "member's subtree. Publishes MemberExempted.")
    public RestResponse<MemberResponse> exempt(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ExemptionRequest request) {
        return ok(service.exempt(id, ifMatch, request.date(), request.decisionNumber(), request.note()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getMemberHistory",
            summary = "Every recorded change of a member, oldest first",
            description =
                    "Admission, recognition, moves, updates and departures as dated events with their decisions and "
                            + "from/to cells (domain rule 14). Every reader role may call it; a secretary only for members of "
                            + "their own subtree (404 otherwise).")
    public List<MembershipChangeResponse> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(MembershipChangeResponse::from).toList();
    }

    private RestResponse<MemberResponse> ok(Member m) {
        return RestResponse.ResponseBuilder.ok(MemberResponse.from(m, cleared(), null))
                .tag(ETags.of(m.version))
                .build();
    }

    /** Only the organization department and administrators see national ids. */
    private boolean cleared() {
        return NationalIdReaders.includes(caller);
    }
}
