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
import vn.partybloc.training.domain.CompletionService;
import vn.partybloc.training.domain.EnrollmentStatus;

@Path("/api/v1/courses/{id}/completions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrollmentResource.TAG, description = EnrollmentResource.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class CompletionResource {

    private final CompletionService service;

    public CompletionResource(CompletionService service) {
        this.service = service;
    }

    @POST
    @Operation(
            operationId = "recordCompletions",
            summary = "Record how the course ended for its members, in one request",
            description =
                    "The course is RUNNING (or FINISHED, for an admin). Each member is enrolled (TRN-ENROLLED); the day lies "
                            + "between the course's start and today (TRN-DATES). All or nothing. Completions of a matching topic fulfil "
                            + "the members' training obligations.")
    @APIResponse(responseCode = "200", description = "Recorded.")
    public CompletionsResponse complete(@PathParam("id") UUID courseId, @NotNull @Valid CompletionsRequest request) {
        CompletionService.Completed done = service.complete(courseId, request.toDomain());
        long completed = done.enrollments().stream()
                .filter(e -> e.status == EnrollmentStatus.COMPLETED)
                .count();
        return new CompletionsResponse(completed, done.enrollments().size() - completed, done.obligationsFulfilled());
    }
}
