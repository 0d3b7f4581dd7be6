package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
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
import vn.partybloc.platform.validation.Text;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;
import vn.partybloc.training.domain.Contest;
import vn.partybloc.training.domain.ContestKind;
import vn.partybloc.training.domain.ContestRound;
import vn.partybloc.training.domain.ContestService;
import vn.partybloc.training.domain.ContestStanding;

@Path("/api/v1/contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Contests",
        description =
                "Contests (cuộc thi bí thư chi bộ giỏi, báo cáo viên giỏi): rounds, participants, scores, awards.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class ContestResource {

    private final ContestService service;

    public ContestResource(ContestService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listContests",
            summary = "Contests, newest year first",
            description =
                    "Contests with their kind, organizer and year, filterable by year and kind, paged. Every reader "
                            + "role may call it.")
    public Page<ContestSummary> list(
            @Parameter(description = "Only this year.") @QueryParam("year") @Min(1930) @Max(2200) Integer year,
            @Parameter(description = "Only this kind.") @QueryParam("kind") ContestKind kind,
            @Valid @BeanParam PageRequest page) {
        page.orderBy(Set.of("year"), "year", f -> f); // one order only; refuses others
        return service.search(year, kind, page.page, page.size).map(ContestSummary::from);
    }

    @POST
    @Operation(
            operationId = "announceContest",
            summary = "Announce a contest",
            description = "Organized by an active organization (TRN-ORGANIZER).")
    @APIResponse(
            responseCode = "201",
            description = "Announced.",
            content = @Content(schema = @Schema(implementation = ContestResponse.class)))
    public RestResponse<ContestResponse> announce(@NotNull @Valid ContestRequest request, @Context UriInfo uri) {
        Contest c =
                service.announce(Text.nfc(request.title()), request.kind(), request.organizationId(), request.year());
        return RestResponse.ResponseBuilder.<ContestResponse>created(
                        uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(ETags.of(c.version))
                .entity(response(c))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getContest",
            summary = "Read a contest with its rounds, participants, scores and awards",
            description =
                    "The contest with its rounds, participants, scores per round and awards, and its `ETag`. Every "
                            + "reader role may call it; 404 for an unknown id.")
    public RestResponse<ContestResponse> get(@PathParam("id") UUID id) {
        Contest c = service.get(id);
        return RestResponse.ResponseBuilder.ok(response(c))
                .tag(ETags.of(c.version))
                .build();
    }

    @POST
    @Path("/{id}/rounds")
    @Operation(
            operationId = "addContestRound",
            summary = "Add a round",
            description = "One round per sequence number (409 otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Added; `Location` names the round.",
            content = @Content(schema = @Schema(implementation = ContestRoundResponse.class)))
    public RestResponse<ContestRoundResponse> addRound(
            @PathParam("id") UUID id, @NotNull @Valid ContestRoundRequest request, @Context UriInfo uri) {
        ContestRound r = service.addRound(id, request.sequence(), Text.nfc(request.name()), request.heldOn());
        return RestResponse.ResponseBuilder.<ContestRoundResponse>created(
                        uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .entity(ContestRoundResponse.from(r))
                .build();
    }

    @GET
    @Path("/{id}/rounds/{roundId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getContestRound",
            summary = "Read one round of a contest",
            description = "The round `addContestRound` named in `Location`. Every reader role may call it; 404 for an "
                    + "unknown contest or a round that is not this contest's.")
    public ContestRoundResponse round(@PathParam("id") UUID id, @PathParam("roundId") UUID roundId) {
        return ContestRoundResponse.from(service.round(id, roundId));
    }

    @POST
    @Path("/{id}/participants")
    @Operation(
            operationId = "registerContestParticipants",
            summary = "Register participants",
            description = "Active members known from member-service (TRN-MEMBER); already registered ones are skipped.")
    @APIResponse(responseCode = "200", description = "Registered.")
    public ContestRegistrationResponse register(
            @PathParam("id") UUID id, @NotNull @Valid ContestParticipantsRequest request) {
        return new ContestRegistrationResponse(
                service.register(id, request.memberIds().stream().distinct().toList()));
    }

    @POST
    @Path("/{id}/scores")
    @Operation(
            operationId = "recordContestScores",
            summary = "Record participants' scores in a round",
            description = "For registered participants and a round of this contest (CON-PARTICIPANT).")
    @APIResponse(responseCode = "200", description = "Recorded; the contest as it now stands.")
    public ContestResponse recordScores(@PathParam("id") UUID id, @NotNull @Valid ContestScoresRequest request) {
        Map<UUID, java.math.BigDecimal> scores = new LinkedHashMap<>();
        request.scores().forEach(s -> scores.put(s.memberId(), s.score()));
        service.recordScores(id, request.roundId(), scores);
        return response(service.get(id));
    }

    @POST
    @Path("/{id}/awards")
    @Operation(
            operationId = "recordContestAwards",
            summary = "Record awards",
            description = "For registered participants (CON-PARTICIPANT).")
    @APIResponse(responseCode = "200", description = "Recorded; the contest as it now stands.")
    public ContestResponse award(@PathParam("id") UUID id, @NotNull @Valid ContestAwardsRequest request) {
        Map<UUID, vn.partybloc.training.domain.Award> awards = new LinkedHashMap<>();
        request.awards().forEach(a -> awards.put(a.memberId(), a.award()));
        service.award(id, awards);
        return response(service.get(id));
    }

    private ContestResponse response(Contest c) {
        ContestStanding standing = service.standing(c);
        return ContestResponse.from(c, standing.rounds(), standing.participants(), standing.scores());
    }
}
