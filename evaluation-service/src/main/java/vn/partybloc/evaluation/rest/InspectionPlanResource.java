package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.evaluation.domain.InspectionActivity;
import vn.partybloc.evaluation.domain.InspectionBody;
import vn.partybloc.evaluation.domain.InspectionItem;
import vn.partybloc.evaluation.domain.InspectionKind;
import vn.partybloc.evaluation.domain.InspectionPlan;
import vn.partybloc.evaluation.domain.InspectionReport;
import vn.partybloc.evaluation.domain.InspectionService;
import vn.partybloc.evaluation.domain.InspectionStatus;
import vn.partybloc.evaluation.domain.InspectionSubjectKind;
import vn.partybloc.evaluation.domain.ScreeningFinding;
import vn.partybloc.evaluation.domain.ScreeningOutcome;
import vn.partybloc.platform.security.Roles;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/inspection-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Inspection plans",
        description = "Inspection and supervision plans per year and body, their items, findings and "
                + "conclusions; screening findings under Directive 28-CT/TW.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
public class InspectionPlanResource {

    private final InspectionService service;

    public InspectionPlanResource(InspectionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(operationId = "listInspectionPlans", summary = "Plans of the bodies in a subtree, newest year first")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<PlanResponse> list(
            @Parameter(description = "Root of the subtree.", required = true) @QueryParam("orgId") @NotNull UUID orgId,
            @Parameter(description = "Only this year.") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(service.inSubtree(orgId, year), page, "year", p -> PlanResponse.from(p, service.itemsOf(p.id)));
    }

    @GET
    @Path("/report")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getInspectionReport",
            summary = "Planned against done, per activity and kind, with screening outcomes")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public PlanReport report(
            @Parameter(description = "Root of the subtree.", required = true) @QueryParam("orgId") @NotNull UUID orgId,
            @Parameter(description = "The year.", required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2200)
                    Integer year) {
        return PlanReport.from(service.report(orgId, year));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(operationId = "getInspectionPlan", summary = "Read a plan with its items")
    public Response get(@PathParam("id") UUID id) {
        InspectionPlan p = service.visible(id);
        return Response.ok(PlanResponse.from(p, service.itemsOf(id)))
                .tag(ETags.of(p.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createInspectionPlan",
            summary = "Record a year's inspection or supervision plan of a body",
            description =
                    "An inspection committee exists at grassroots-committee level and above (`INS-BODY`); each item's "
                            + "subject lies under the body (`INS-SUBJECT`).")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it.")
    public Response create(@NotNull @Valid PlanRequest request, @Context UriInfo uri) {
        InspectionPlan p = service.create(
                request.year(),
                request.bodyOrganizationId(),
                request.bodyKind(),
                request.activity(),
                Text.nfc(request.title()),
                request.items() == null
                        ? List.of()
                        : request.items().stream().map(ItemRequest::toDomain).toList());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                .tag(ETags.of(p.version))
                .entity(PlanResponse.from(p, service.itemsOf(p.id)))
                .build();
    }

    @POST
    @Path("/{id}/items")
    @Operation(operationId = "addInspectionItem", summary = "Add an item to a plan")
    @APIResponse(responseCode = "201", description = "Added.")
    public Response addItem(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ItemRequest request) {
        InspectionItem i = service.addItem(id, ifMatch, request.toDomain());
        return Response.status(Response.Status.CREATED)
                .entity(ItemResponse.from(i))
                .build();
    }

    @POST
    @Path("/{id}/items/{itemId}/conclusions")
    @Operation(
            operationId = "concludeInspectionItem",
            summary = "Record the findings and conclusion of a planned item",
            description = "The item becomes DONE (`INS-FLOW`: only a PLANNED item). Publishes InspectionConcluded.")
    public ItemResponse conclude(
            @PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @NotNull @Valid ConclusionRequest request) {
        return ItemResponse.from(service.conclude(
                id, itemId, Text.nfc(request.findings()), Text.nfc(request.conclusion()), request.concludedOn()));
    }

    @POST
    @Path("/{id}/items/{itemId}/cancellations")
    @Operation(operationId = "cancelInspectionItem", summary = "Cancel a planned item, with the reason")
    public ItemResponse cancel(
            @PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @NotNull @Valid CancellationRequest request) {
        return ItemResponse.from(service.cancel(id, itemId, Text.nfc(request.reason())));
    }

    @GET
    @Path("/{id}/screening-findings")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(operationId = "listScreeningFindings", summary = "Screening findings recorded with a plan")
    public List<ScreeningResponse> screenings(@PathParam("id") UUID id) {
        service.visible(id);
        return service.screeningsOf(id).stream().map(ScreeningResponse::from).toList();
    }

    @POST
    @Path("/{id}/screening-findings")
    @Operation(
            operationId = "recordScreeningFinding",
            summary = "Record a screening finding about a member (Directive 28-CT/TW)",
            description = "The member must be known under the plan's body (`INS-SUBJECT`).")
    @APIResponse(responseCode = "201", description = "Recorded.")
    public Response screen(@PathParam("id") UUID id, @NotNull @Valid ScreeningRequest request) {
        ScreeningFinding f = service.recordScreening(
                id, request.memberId(), Text.nfc(request.finding()), request.outcome(), request.decidedOn());
        return Response.status(Response.Status.CREATED)
                .entity(ScreeningResponse.from(f))
                .build();
    }

    @Schema(name = "InspectionPlanRequest", description = "A year's plan of one body.")
    public record PlanRequest(
            @Schema(description = "The year.", example = "2024") @NotNull @Min(2000) @Max(2200)
            Integer year,

            @Schema(description = "The organization whose committee or inspection committee carries out the plan.")
            @NotNull
            UUID bodyOrganizationId,

            @Schema(description = "COMMITTEE (cấp ủy) or INSPECTION_COMMITTEE (ủy ban kiểm tra).") @NotNull
            InspectionBody bodyKind,

            @Schema(description = "INSPECTION (kiểm tra) or SUPERVISION (giám sát).") @NotNull
            InspectionActivity activity,

            @Schema(description = "Title.", example = "Kế hoạch kiểm tra, giám sát năm 2024", maxLength = 500)
            @NotBlank
            @Size(max = 500)
            @PlainText
            String title,

            @Schema(description = "Items, up to 500.") @Size(max = 500)
            List<@NotNull @Valid ItemRequest> items) {}

    @Schema(name = "InspectionItemRequest", description = "One planned inspection or supervision.")
    public record ItemRequest(
            @Schema(description = "ROUTINE (thường xuyên) or THEMATIC (chuyên đề).") @NotNull
            InspectionKind kind,

            @Schema(description = "ORGANIZATION or COMMITTEE_MEMBER.") @NotNull
            InspectionSubjectKind subjectKind,

            @Schema(description = "The organization or the member.") @NotNull
            UUID subjectId,

            @Schema(description = "Content.", maxLength = 2000) @NotBlank @Size(max = 2000) @PlainText.Multiline
            String content,

            @Schema(description = "Planned start.", example = "2024-03-01") @NotNull
            LocalDate plannedFrom,

            @Schema(description = "Planned end.", example = "2024-04-30") @NotNull
            LocalDate plannedTo) {

        @AssertTrue(message = "plannedTo must not be before plannedFrom")
        @Schema(hidden = true)
        public boolean isOrdered() {
            return plannedFrom == null || plannedTo == null || !plannedTo.isBefore(plannedFrom);
        }

        InspectionService.NewItem toDomain() {
            return new InspectionService.NewItem(
                    kind, subjectKind, subjectId, Text.nfc(content), plannedFrom, plannedTo);
        }
    }

    @Schema(name = "InspectionConclusionRequest", description = "Findings and conclusion of an item.")
    public record ConclusionRequest(
            @Schema(description = "Findings.", maxLength = 8000) @NotBlank @Size(max = 8000) @PlainText.Multiline
            String findings,

            @Schema(description = "Conclusion.", maxLength = 8000) @NotBlank @Size(max = 8000) @PlainText.Multiline
            String conclusion,

            @Schema(description = "Date of the conclusion.", example = "2024-05-10") @NotNull
            LocalDate concludedOn) {}

    @Schema(name = "InspectionCancellationRequest", description = "Why a planned item is not carried out.")
    public record CancellationRequest(
            @Schema(description = "Reason.", maxLength = 2000) @NotBlank @Size(max = 2000) @PlainText.Multiline
            String reason) {}

    @Schema(name = "ScreeningFindingRequest", description = "A screening finding about a member.")
    public record ScreeningRequest(
            @Schema(description = "The member.") @NotNull UUID memberId,

            @Schema(description = "What was found.", maxLength = 4000) @NotBlank @Size(max = 4000) @PlainText.Multiline
            String finding,

            @Schema(description = "RETAINED, STRUCK_OFF (xóa tên) or EXPELLED (khai trừ).") @NotNull
            ScreeningOutcome outcome,

            @Schema(description = "Date of the decision.") @NotNull
            LocalDate decidedOn) {}

    @Schema(name = "InspectionPlan", description = "A plan with its items.")
    public record PlanResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The year.") int year,

            @Schema(description = "The organization whose body carries out the plan.")
            UUID bodyOrganizationId,

            @Schema(description = "Committee or inspection committee.")
            InspectionBody bodyKind,

            @Schema(description = "Inspection or supervision.")
            InspectionActivity activity,

            @Schema(description = "Title.") String title,
            @Schema(description = "Items.") List<ItemResponse> items,
            @Schema(description = "Version; also the ETag.") long version) {

        static PlanResponse from(InspectionPlan p, List<InspectionItem> items) {
            return new PlanResponse(
                    p.id,
                    p.year,
                    p.bodyOrganizationId,
                    p.bodyKind,
                    p.activity,
                    p.title,
                    items.stream().map(ItemResponse::from).toList(),
                    p.version);
        }
    }

    @Schema(name = "InspectionItem", description = "A planned inspection or supervision and its outcome.")
    public record ItemResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Routine or thematic.") InspectionKind kind,

            @Schema(description = "Organization or committee member.")
            InspectionSubjectKind subjectKind,

            @Schema(description = "The organization or member.")
            UUID subjectId,

            @Schema(description = "Content.") String content,
            @Schema(description = "Planned start.") LocalDate plannedFrom,
            @Schema(description = "Planned end.") LocalDate plannedTo,
            @Schema(description = "Execution status.") InspectionStatus status,
            @Schema(description = "Findings.") String findings,

            @Schema(description = "Conclusion, or why it was cancelled.")
            String conclusion,

            @Schema(description = "Date of the conclusion.") LocalDate concludedOn,

            @Schema(description = "Who recorded the conclusion.")
            String concludedBy,

            @Schema(description = "Last changed.") Instant updatedAt) {

        static ItemResponse from(InspectionItem i) {
            return new ItemResponse(
                    i.id,
                    i.kind,
                    i.subjectKind,
                    i.subjectId,
                    i.content,
                    i.plannedFrom,
                    i.plannedTo,
                    i.status,
                    i.findings,
                    i.conclusion,
                    i.concludedOn,
                    i.concludedBy,
                    i.updatedAt);
        }
    }

    @Schema(name = "ScreeningFinding", description = "A screening finding about a member.")
    public record ScreeningResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The plan.") UUID planId,
            @Schema(description = "The member.") UUID memberId,
            @Schema(description = "What was found.") String finding,
            @Schema(description = "Outcome.") ScreeningOutcome outcome,
            @Schema(description = "Date of the decision.") LocalDate decidedOn,
            @Schema(description = "When it was recorded.") Instant recordedAt,
            @Schema(description = "By whom.") String recordedBy) {

        static ScreeningResponse from(ScreeningFinding f) {
            return new ScreeningResponse(
                    f.id, f.planId, f.memberId, f.finding, f.outcome, f.decidedOn, f.recordedAt, f.recordedBy);
        }
    }

    @Schema(name = "InspectionReport", description = "Planned against done in a subtree and year.")
    public record PlanReport(
            @Schema(description = "Root of the subtree.") UUID organizationId,
            @Schema(description = "The year.") int year,
            @Schema(description = "Per activity and kind.") List<Line> lines,

            @Schema(description = "Screening findings per outcome.")
            Map<ScreeningOutcome, Integer> screenings) {

        @Schema(name = "InspectionReportLine", description = "Items of one activity and kind.")
        public record Line(
                @Schema(description = "Inspection or supervision.")
                InspectionActivity activity,

                @Schema(description = "Routine or thematic.")
                InspectionKind kind,

                @Schema(description = "Items planned and not cancelled.")
                int planned,

                @Schema(description = "Items done.") int done,
                @Schema(description = "Items cancelled.") int cancelled) {}

        static PlanReport from(InspectionReport r) {
            return new PlanReport(
                    r.organizationId(),
                    r.year(),
                    r.lines().stream()
                            .map(l -> new Line(l.activity(), l.kind(), l.planned(), l.done(), l.cancelled()))
                            .toList(),
                    r.screenings());
        }
    }
}
