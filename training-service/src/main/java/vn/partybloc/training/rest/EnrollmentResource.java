package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;
import vn.partybloc.training.domain.Enrollment;
import vn.partybloc.training.domain.EnrollmentQueries;
import vn.partybloc.training.domain.EnrollmentService;

@Path("/api/v1/courses/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrollmentResource.TAG, description = EnrollmentResource.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class EnrollmentResource {

    /** The one tag of the enrolment, attendance and completion operations. */
    static final String TAG = "Enrollments";

    static final String TAG_DESCRIPTION = "Members enrolled in a course, their attendance and completions. A secretary "
            + "manages the enrollments of members of their own subtree only.";

    private final EnrollmentService service;
    private final EnrollmentQueries queries;

    public EnrollmentResource(EnrollmentService service, EnrollmentQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GET
    @Path("/enrollments")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listEnrollments",
            summary = "Enrollments of a course, in the order they were made",
            description = "A secretary sees the enrollments of members of their own subtree only.")
    public Page<EnrollmentResponse> list(@PathParam("id") UUID courseId, @Valid @BeanParam PageRequest page) {
        page.orderBy(Set.of("enrolledAt"), "enrolledAt", f -> f); // enrolment order is the only order; refuses others
        List<Enrollment> items = queries.ofCourse(courseId, page.offset(), page.size);
        return new Page<>(responses(items), page.page, page.size, queries.countOfCourse(courseId));
    }

    @GET
    @Path("/enrollments/{enrollmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getEnrollment",
            summary = "Read one enrollment",
            description =
                    "One enrollment of the course, with attendance and completion. Every reader role may call it; a "
                            + "secretary only for members of their own subtree (404 otherwise), as for an enrollment of another "
                            + "course.")
    public RestResponse<EnrollmentResponse> get(
            @PathParam("id") UUID courseId, @PathParam("enrollmentId") UUID enrollmentId) {
        Enrollment e = queries.get(courseId, enrollmentId);
        return RestResponse.ResponseBuilder.ok(responses(List.of(e)).get(0))
                .tag(ETags.of(e.version))
                .build();
    }

    @POST
    @Path("/enrollments")
    @Operation(
            operationId = "enrolMember",
            summary = "Enrol one member",
            description =
                    "An active member known from member-service (TRN-MEMBER), once per course (TRN-ALREADY-ENROLLED), within "
                            + "the capacity (TRN-CAPACITY); not in a cancelled course, nor in a finished one unless an admin.")
    @APIResponse(
            responseCode = "201",
            description = "Enrolled.",
            content = @Content(schema = @Schema(implementation = EnrollmentResponse.class)))
    public RestResponse<EnrollmentResponse> enrol(
            @PathParam("id") UUID courseId, @NotNull @Valid EnrollmentRequest request, @Context UriInfo uri) {
        Enrollment e = service.enrolOne(courseId, request.memberId());
        return RestResponse.ResponseBuilder.<EnrollmentResponse>created(
                        uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                .tag(ETags.of(e.version))
                .entity(responses(List.of(e)).get(0))
                .build();
    }

    @POST
    @Path("/bulk-enrollments")
    @Operation(
            operationId = "enrolMembers",
            summary = "Enrol many members at once: a list, a subtree, or its committee members",
            description =
                    "All or nothing: if the new enrollments would exceed the capacity, nobody is enrolled (TRN-CAPACITY).")
    @APIResponse(responseCode = "200", description = "Enrolled.")
    public BulkEnrollmentResponse enrolMany(
            @PathParam("id") UUID courseId, @NotNull @Valid BulkEnrollmentRequest request) {
        EnrollmentService.Enrolled result = service.enrolMany(courseId, request.toDomain());
        return new BulkEnrollmentResponse(
                result.enrolled().size(), result.alreadyEnrolled(), responses(result.enrolled()));
    }

    private List<EnrollmentResponse> responses(List<Enrollment> items) {
        Map<UUID, String> names =
                queries.names(items.stream().map(e -> e.memberId).toList());
        Map<UUID, Integer> sessions = queries.sessionsAttended(items);
        return items.stream()
                .map(e -> EnrollmentResponse.from(e, names, sessions))
                .toList();
    }
}
