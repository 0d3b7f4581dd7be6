package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.AttainmentService;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.OrganizationScope;
import vn.partybloc.evaluation.domain.Review;
import vn.partybloc.evaluation.domain.ReviewBatchService;
import vn.partybloc.evaluation.domain.ReviewQueries;
import vn.partybloc.evaluation.domain.ReviewService;
import vn.partybloc.evaluation.domain.ReviewStatus;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.openapi.ApiConventionsFilter;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Reviews",
        description = "Yearly reviews and ratings: self-assessment → proposal → decision by the directly superior "
                + "body → publication (domain rule 9); re-rating; the attainment report.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
public class ReviewResource {

    private final ReviewService service;
    private final ReviewBatchService batch;
    private final ReviewQueries queries;
    private final AttainmentService attainment;
    private final OrganizationScope scope;

    public ReviewResource(
            ReviewService service,
            ReviewBatchService batch,
            ReviewQueries queries,
            AttainmentService attainment,
            OrganizationScope scope) {
        this.scope = scope;
        this.service = service;
        this.batch = batch;
        this.queries = queries;
        this.attainment = attainment;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listReviews",
            summary = "List reviews of a subtree, newest first",
            description =
                    "`organizationId` takes the subtree of that organization (by the unit each subject belongs to); without it, "
                            + "everything the caller may see. A secretary sees only their own subtree.")
    @APIResponse(responseCode = "200", description = "A page of reviews.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<ReviewResponse> list(
            @Parameter(description = "Only this cycle.") @QueryParam("cycleId") UUID cycleId,
            @Parameter(description = "Root of the subtree.") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only this subject kind.") @QueryParam("subjectKind") SubjectKind subjectKind,
            @Parameter(description = "Only this subject (with its cancelled reviews).") @QueryParam("subjectId")
                    UUID subjectId,
            @Parameter(description = "Only this status.") @QueryParam("status") ReviewStatus status,
            @Parameter(description = "Only this decided level.") @QueryParam("level") Level level,
            @Valid @BeanParam PageRequest page) {
        if (page.sort != null) {
            page.orderBy(java.util.Set.of("createdAt"), "createdAt", f -> f);
        }
        return queries.search(
                        new ReviewQueries.Filter(cycleId, organizationId, subjectKind, subjectId, status, level),
                        page.page,
                        page.size)
                .map(ReviewResponse::from);
    }

    @GET
    @Path("/attainment")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getAttainment",
            summary = "Attainment report of a subtree and cycle",
            description =
                    "Ratings by subject kind and level against the cycle's targets (each met or missed with the gap), the "
                            + "excellent cap checked per grassroots organization (violations listed), and the subjects not yet rated. "
                            + "Subjects are those that were part of the Bloc during the cycle (also those gone since), from the "
                            + "replicas; ratings count when decided on or before `asOf`.")
    @APIResponse(responseCode = "200", description = "The attainment report.")
    @APIResponse(
            responseCode = "404",
            description =
                    "The organization is unknown or outside the caller's subtree, or no cycle of that year is recorded.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public AttainmentResponse attainment(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(
                            description =
                                    "The review cycle's year; default: the latest cycle with ratings in the subtree decided on or before `asOf`, else the year before `asOf`.")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2200)
                    Integer year,
            @Parameter(description = "Count ratings decided on or before this date; default today.") @QueryParam("asOf")
                    LocalDate asOf,
            @Parameter(description = "At most this many unrated subjects listed, 0 to 5000.")
                    @QueryParam("unratedLimit")
                    @DefaultValue("100")
                    @Min(0)
                    @Max(5000)
                    int unratedLimit) {
        return AttainmentResponse.from(attainment.report(scope.subtreeRoot(organizationId), year, asOf, unratedLimit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getReview",
            summary = "Read a review",
            description =
                    "The review's current step (self-assessed, proposed, decided, published or cancelled), level, "
                            + "score and decision, with its `ETag`. Every reader role may call it; a secretary only for "
                            + "subjects of their own subtree (404 otherwise).")
    public RestResponse<ReviewResponse> get(@PathParam("id") UUID id) {
        return ok(queries.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getReviewHistory",
            summary = "The audit trail of a review, oldest first",
            description = "Each step taken (self-assessment, proposal, decision, publication, cancellation) with its "
                    + "author, time, level and remarks. Every reader role may call it; a secretary only for subjects of "
                    + "their own subtree (404 otherwise).")
    public List<ReviewActionResponse> history(@PathParam("id") UUID id) {
        return queries.trail(id).stream().map(ReviewActionResponse::from).toList();
    }

    @POST
    @Operation(
            operationId = "selfAssess",
            summary = "Record a self-assessment: the first step of a review",
            description =
                    "One current review per subject and cycle (`REV-ONE-PER-CYCLE`); the subject must be known to the "
                            + "replicas (`REV-SUBJECT`) and part of the Bloc during the cycle (`REV-SUBJECT-IN-PERIOD`); score "
                            + "and level follow the cycle's rule set (`REV-SCORE`).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; `Location` names the review.",
            content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    public RestResponse<ReviewResponse> selfAssess(
            @NotNull @Valid SelfAssessmentRequest request, @Context UriInfo uri) {
        Review r = service.selfAssess(request.cycleId(), request.subjectKind(), request.subjectId(), request.rating());
        return RestResponse.ResponseBuilder.<ReviewResponse>created(
                        uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .tag(ETags.of(r.version))
                .entity(ReviewResponse.from(r))
                .build();
    }

    @POST
    @Path("/{id}/proposals")
    @Operation(
            operationId = "proposeRating",
            summary = "Record the reviewing body's proposed rating",
            description = "Only after the self-assessment (`REV-FLOW`).")
    public RestResponse<ReviewResponse> propose(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProposalRequest request) {
        return ok(service.propose(id, ifMatch, request.rating()));
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(
            operationId = "decideRating",
            summary = "Record the superior body's decision",
            description =
                    "Only after a proposal (`REV-FLOW`), and only by the directly superior body: a secretary decides for "
                            + "units strictly below their own organization, never for it (`REV-SUPERIOR-DECIDES`). Publishes ReviewDecided.")
    public RestResponse<ReviewResponse> decide(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequest request) {
        return ok(service.decide(id, ifMatch, request.decision()));
    }

    @POST
    @Path("/{id}/publications")
    @Operation(
            operationId = "publishRating",
            summary = "Publish a decided rating",
            description = "By the deciding body, on or after the decision date. Publishes ReviewPublished.")
    public RestResponse<ReviewResponse> publish(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PublicationRequest request) {
        return ok(service.publish(id, ifMatch, request.publishedOn()));
    }

    @POST
    @Path("/{id}/re-ratings")
    @Operation(
            operationId = "reRate",
            summary = "Cancel a decided rating and record a new one",
            description =
                    "The only way to change a decided rating. The old review becomes CANCELLED with the reason and its "
                            + "author; the new one is DECIDED and names it in `replacesReviewId`. Publishes ReviewCancelled, then ReviewDecided.")
    @APIResponse(
            responseCode = "201",
            description = "Re-rated; `Location` names the new review.",
            content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    public RestResponse<ReviewResponse> reRate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReRatingRequest request,
            @Context UriInfo uri) {
        Review r = service.reRate(
                id, ifMatch, Text.nfc(request.reason()), request.decision().decision());
        return RestResponse.ResponseBuilder.<ReviewResponse>created(uri.getBaseUriBuilder()
                        .path("/api/v1/reviews")
                        .path(r.id.toString())
                        .build())
                .tag(ETags.of(r.version))
                .entity(ReviewResponse.from(r))
                .build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
    @Operation(
            operationId = "decideRatingsInBatch",
            summary = "Record many decided ratings of one cycle at once",
            description =
                    "For decisions taken outside the system (a year's results, the demo data): up to 5,000 items, all or "
                            + "nothing. Each item is checked as a decision would be; if any fails, nothing is recorded and the 422 "
                            + "(`REV-BATCH`) lists every bad item in `errors` (`items[i]`, with the rule id). Publishes one ReviewDecided per item.")
    @APIResponse(
            responseCode = "201",
            description = "Every item recorded.",
            content = @Content(schema = @Schema(implementation = BatchDecisionResponse.class)),
            extensions =
                    @Extension(
                            name = ApiConventionsFilter.NO_LOCATION,
                            value = "One review per item is created and no one URL names them all: list them with "
                                    + "GET /reviews?cycleId=."))
    public RestResponse<BatchDecisionResponse> batch(@NotNull @Valid BatchDecisionRequest request) {
        int recorded = batch.decideAll(
                request.cycleId(),
                request.items().stream()
                        .map(BatchDecisionRequest.Item::toDomain)
                        .toList());
        return RestResponse.ResponseBuilder.<BatchDecisionResponse>create(RestResponse.Status.CREATED)
                .entity(new BatchDecisionResponse(recorded))
                .build();
    }

    private static RestResponse<ReviewResponse> ok(Review r) {
        return RestResponse.ResponseBuilder.ok(ReviewResponse.from(r))
                .tag(ETags.of(r.version))
                .build();
    }
}
