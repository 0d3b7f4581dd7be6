package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.kernel.Roles;
import vn.partybloc.training.domain.AttendanceService;

@Path("/api/v1/courses/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrollmentResource.TAG, description = EnrollmentResource.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class AttendanceResource {

    private final AttendanceService service;

    public AttendanceResource(AttendanceService service) {
        this.service = service;
    }

    @POST
    @Operation(
            operationId = "recordSession",
            summary = "Record attendance at one session",
            description =
                    "The course is RUNNING (or FINISHED, for an admin); the day lies within its dates (TRN-DATES); listed "
                            + "members are enrolled (TRN-ENROLLED).")
    @APIResponse(responseCode = "200", description = "Recorded.")
    public SessionResponse recordSession(@PathParam("id") UUID courseId, @NotNull @Valid SessionRequest request) {
        AttendanceService.Session s = service.recordSession(courseId, request.sessionOn(), request.presentMemberIds());
        return new SessionResponse(s.present(), s.absent());
    }
}
