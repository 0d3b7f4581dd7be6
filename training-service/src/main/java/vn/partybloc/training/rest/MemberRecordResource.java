package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.kernel.Roles;
import vn.partybloc.training.domain.MemberRecordService;

@Path("/api/v1/training-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training records", description = "A member's training record.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class MemberRecordResource {

    private final MemberRecordService records;

    public MemberRecordResource(MemberRecordService records) {
        this.records = records;
    }

    @GET
    @Path("/{memberId}")
    @Operation(
            operationId = "getTrainingRecord",
            summary = "A member's courses, training obligations and contests",
            description =
                    "404 for a member training-service has not heard of from member-service (yet), or outside a secretary's subtree.")
    public TrainingRecordResponse record(@PathParam("memberId") UUID memberId) {
        return TrainingRecordResponse.from(records.of(memberId));
    }
}
