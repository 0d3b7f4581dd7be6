package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.MeetingMonthView;
import vn.partybloc.organization.domain.MeetingReport;
import vn.partybloc.organization.domain.MeetingReports;
import vn.partybloc.organization.domain.MeetingService;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/organizations/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Cell meetings (sinh hoạt chi bộ): recorded a month at a time, and their report.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class MeetingResource {

    private static final String MONTH = MonthPeriod.MONTH;

    private final MeetingService service;
    private final MeetingReports reports;

    public MeetingResource(MeetingService service, MeetingReports reports) {
        this.service = service;
        this.reports = reports;
    }

    @GET
    @Operation(
            operationId = "listMeetings",
            summary = "An organization's meetings in a period of months",
            description = "Every meeting recorded for the organization held from the first day of `from` to the last "
                    + "day of `to` (default: the current year up to this month), in date order, with attendance. "
                    + "Every reader role may call it; a secretary only inside their own subtree (404 otherwise).")
    public List<MeetingResponse> list(@PathParam("id") UUID organizationId, @Valid @BeanParam MonthPeriod period) {
        return service.list(organizationId, period.first(), period.last()).stream()
                .map(MeetingResponse::from)
                .toList();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
    @Operation(
            operationId = "recordMeetingMonths",
            summary = "Record several months of an organization's meetings at once",
            description = "For back-filling the past: each listed month replaces what was recorded for it, as "
                    + "`recordMeetingMonth` would (a month recorded exactly so is left as it is), all of them or "
                    + "none. A month's `version`, when given, must be its current one (`412` otherwise, as for a "
                    + "month not yet recorded). Months not listed stay as they are. The same refusals as "
                    + "`recordMeetingMonth`, with fields named from `months[i]`. For an admin or organizer, and for a "
                    + "secretary inside their own subtree (404 outside it).")
    public MeetingMonthsResponse recordMonths(
            @PathParam("id") UUID organizationId, @NotNull @Valid MeetingMonthsRequest request) {
        return MeetingMonthsResponse.from(organizationId, service.record(organizationId, request.inputs()));
    }

    @GET
    @Path("/report")
    @Operation(
            operationId = "getMeetingReport",
            summary = "Cell meetings of a subtree against the meeting rules",
            description = "For the active cells of the subtree of `id` (as of the end of the period, or today): the "
                    + "months without a regular meeting, the quarters short of a thematic meeting, the attendance "
                    + "rate, the online and hybrid share, the members absent without leave in three months of a year, "
                    + "and, for each committee member following cells of the subtree, the meetings of those cells they "
                    + "attended. A month is judged once it has ended, and only for a cell founded by its first day; a "
                    + "quarter once its three months are. The rules and their sources are in `rules`. Every reader "
                    + "role may call it; a secretary only inside their own subtree (404 otherwise).")
    public MeetingReport report(@PathParam("id") UUID organizationId, @Valid @BeanParam MonthPeriod period) {
        return reports.of(organizationId, period.first(), period.last());
    }

    @GET
    @Path("/report/members")
    @Operation(
            operationId = "listMeetingAttendance",
            summary = "Members' attendance at the cell meetings of a subtree",
            description = "Each member with attendance recorded at meetings of the subtree's active cells held from "
                    + "`from` to `to` (months, as for `getMeetingReport`), the lowest share present first, then by "
                    + "name; a member never recorded at a meeting is not listed (not recorded is not absent). Every "
                    + "reader role may call it; a secretary only inside their own subtree (404 otherwise).")
    public Page<MeetingReport.MemberLine> attendance(
            @PathParam("id") UUID organizationId,
            @Valid @BeanParam MonthPeriod period,
            @Parameter(description = "Page number, from 0.")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(1_000_000)
                    int page,
            @Parameter(description = "Page size, 1 to 500.")
                    @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size) {
        return reports.members(organizationId, period.first(), period.last(), page, size);
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getMeetingYear",
            summary = "A subtree's meeting figures for the twelve months up to a date",
            description = "The totals of `getMeetingReport` for the twelve months ending with the month of `asOf` "
                    + "(default today): cells meeting every month, thematic coverage, attendance rate, online share, "
                    + "followed-cell coverage. The gateway's overview shows it as its meetings section. Every reader "
                    + "role may call it; a secretary only inside their own subtree (404 otherwise).")
    public MeetingReport.Year year(
            @PathParam("id") UUID organizationId,
            @Parameter(description = "The last day of the year asked for; its month is the year's last.")
                    @QueryParam("asOf")
                    LocalDate asOf) {
        return reports.year(organizationId, asOf);
    }

    @GET
    @Path("/{month}")
    @Operation(
            operationId = "getMeetingMonth",
            summary = "Read a month of an organization's meetings",
            description = "The month as last recorded, with its `ETag`; 404 while it has not been recorded. Every "
                    + "reader role may call it; a secretary only inside their own subtree (404 otherwise).")
    public RestResponse<MeetingMonthResponse> month(
            @PathParam("id") UUID organizationId,
            @Parameter(description = "The month, `2024-03`.")
                    @PathParam("month")
                    @Pattern(regexp = MONTH)
                    @Size(min = 7, max = 7)
                    String month) {
        MeetingMonthView view = service.month(organizationId, MonthPeriod.month(month));
        return RestResponse.ResponseBuilder.ok(MeetingMonthResponse.from(view))
                .tag(ETags.of(view.month().version))
                .build();
    }

    @PUT
    @Path("/{month}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
    @Operation(
            operationId = "recordMeetingMonth",
            summary = "Record a month of an organization's meetings",
            description = "The meetings held in the month with their attendance, replacing what was recorded for it: "
                    + "`201` the first time, `200` after. Send `If-Match` with the month's `ETag` to replace it "
                    + "(without it, a month already recorded is replaced as it stands; a month not yet recorded "
                    + "with `If-Match` is `412`). Recording exactly what is there changes nothing: same version, no "
                    + "event. For an admin or organizer, and for a secretary inside their own subtree (404 outside "
                    + "it). Refused: a month or a meeting in the future or a meeting outside the month (400), two "
                    + "regular meetings (`MTG-ONE-REGULAR`), a meeting before the organization was founded or after "
                    + "it stopped being active (`MTG-WHILE-ACTIVE`), a member id the service does not know "
                    + "(`MTG-MEMBER-KNOWN`: a member created a moment ago may take a second to arrive from "
                    + "member-service).")
    @APIResponse(
            responseCode = "200",
            description = "Replaced.",
            content = @Content(schema = @Schema(implementation = MeetingMonthResponse.class)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded for the first time; `Location` names the month.",
            content = @Content(schema = @Schema(implementation = MeetingMonthResponse.class)))
    public RestResponse<MeetingMonthResponse> record(
            @PathParam("id") UUID organizationId,
            @Parameter(description = "The month, `2024-03`.")
                    @PathParam("month")
                    @Pattern(regexp = MONTH)
                    @Size(min = 7, max = 7)
                    String month,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MeetingMonthRequest request,
            @Context UriInfo uri) {
        MeetingMonthView view = service.record(organizationId, MonthPeriod.month(month), ifMatch, request.inputs());
        MeetingMonthResponse body = MeetingMonthResponse.from(view);
        RestResponse.ResponseBuilder<MeetingMonthResponse> answer = view.created()
                ? RestResponse.ResponseBuilder.<MeetingMonthResponse>created(uri.getAbsolutePath())
                : RestResponse.ResponseBuilder.ok();
        return answer.entity(body).tag(ETags.of(view.month().version)).build();
    }
}
