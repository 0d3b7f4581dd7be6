package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;
import vn.partybloc.training.domain.Course;
import vn.partybloc.training.domain.CourseFilter;
import vn.partybloc.training.domain.CourseQueries;
import vn.partybloc.training.domain.CourseService;
import vn.partybloc.training.domain.CourseStatus;
import vn.partybloc.training.domain.CourseTopic;
import vn.partybloc.training.domain.OrganizationScope;
import vn.partybloc.training.domain.ReportService;

@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "Training courses (lớp bồi dưỡng) and their statuses.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class CourseResource {

    private static final Set<String> SORTABLE = Set.of("startsOn", "title", "topic");

    private final CourseService service;
    private final CourseQueries queries;
    private final ReportService reports;
    private final OrganizationScope scope;

    public CourseResource(
            CourseService service, CourseQueries queries, ReportService reports, OrganizationScope scope) {
        this.scope = scope;
        this.service = service;
        this.queries = queries;
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listCourses",
            summary = "List and search courses",
            description =
                    "`q` matches the title without regard to accents; `organizationId` takes courses organized in that subtree; "
                            + "`from`/`to` bound the first day.")
    @APIResponse(responseCode = "200", description = "A page of courses.")
    @APIResponse(
            responseCode = "404",
            description = "Unknown `organizationId`, or outside a secretary's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<CourseResponse> list(
            @Parameter(description = "Accent-insensitive text in the title.") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "Only this topic.") @QueryParam("topic") CourseTopic topic,
            @Parameter(description = "Only this status.") @QueryParam("status") CourseStatus status,
            @Parameter(description = "Only courses organized in this organization's subtree.")
                    @QueryParam("organizationId")
                    UUID organizationId,
            @Parameter(description = "Starting on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Starting on or before this day.") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        String orderBy = page.orderBy(SORTABLE, "startsOn", f -> switch (f) {
            case "title" -> "c.title";
            case "topic" -> "c.topic";
            default -> "c.starts_on";
        });
        return queries.search(
                        new CourseFilter(q, topic, status, null, from, to),
                        organizationId,
                        orderBy,
                        page.page,
                        page.size)
                .map(CourseResponse::from);
    }

    @POST
    @Operation(
            operationId = "scheduleCourse",
            summary = "Schedule a course",
            description =
                    "The course starts PLANNED. The organizer is an active organization (TRN-ORGANIZER); a secretary "
                            + "schedules courses of their own subtree only.")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled; `Location` names the course.",
            content = @Content(schema = @Schema(implementation = CourseResponse.class)))
    public RestResponse<CourseResponse> schedule(@NotNull @Valid CourseRequest request, @Context UriInfo uri) {
        Course c = service.schedule(request.toDomain());
        return RestResponse.ResponseBuilder.<CourseResponse>created(
                        uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(ETags.of(c.version))
                .entity(CourseResponse.from(c))
                .build();
    }

    @GET
    @Path("/report")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Tag(
            name = "Training reports",
            description = "Training by topic and the coverage of new committee members' obligations.")
    @Operation(
            operationId = "getTrainingByTopic",
            summary = "Courses and distinct people trained, by topic",
            description =
                    "For the subtree of `organizationId` and courses starting in [`from`, `to`] (all time by default), counting "
                            + "completions up to `asOf`. The gateway's overview calls this. A secretary may ask for their own subtree only.")
    @APIResponse(responseCode = "200", description = "The figures.")
    @APIResponse(
            responseCode = "404",
            description = "Unknown organization, or outside a secretary's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public TopicReportResponse topics(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "First day of the period.", example = "2021-01-01") @QueryParam("from")
                    LocalDate from,
            @Parameter(description = "Last day of the period.", example = "2023-06-30") @QueryParam("to") LocalDate to,
            @Parameter(description = "Count completions up to the end of this day.") @QueryParam("asOf")
                    LocalDate asOf) {
        return TopicReportResponse.from(reports.topics(scope.subtreeRoot(organizationId), from, to, asOf));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getCourse",
            summary = "Read a course",
            description =
                    "The course with its status, capacity and number enrolled, and its `ETag`. Every reader role may "
                            + "call it; 404 for an unknown id.")
    public RestResponse<CourseResponse> get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceCourse",
            summary = "Replace a course's details",
            description =
                    "A finished course is read-only except for an admin (TRN-FINISHED-READ-ONLY); the capacity may not fall "
                            + "below the enrollments (TRN-CAPACITY).")
    public RestResponse<CourseResponse> update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CourseRequest request) {
        return ok(service.update(id, ifMatch, request.toDomain()));
    }

    @POST
    @Path("/{id}/status-changes")
    @Operation(
            operationId = "changeCourseStatus",
            summary = "Move a course to its next status",
            description =
                    "PLANNED → OPEN or RUNNING; OPEN → RUNNING; RUNNING → FINISHED; any but FINISHED → CANCELLED (TRN-COURSE-STATUS).")
    public RestResponse<CourseResponse> changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CourseStatusChangeRequest request) {
        return ok(service.changeStatus(id, ifMatch, request.status()));
    }

    private static RestResponse<CourseResponse> ok(Course c) {
        return RestResponse.ResponseBuilder.ok(CourseResponse.from(c))
                .tag(ETags.of(c.version))
                .build();
    }
}
