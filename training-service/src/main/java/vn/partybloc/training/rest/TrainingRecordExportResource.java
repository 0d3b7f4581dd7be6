package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.ExportJobResponse;
import vn.partybloc.platform.exports.ExportResourceBase;
import vn.partybloc.training.domain.TrainingRecordExports;

@Path("/api/v1/training-records/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Exports",
        description = "Snapshots of the training records for a first full sync, with their changes-feed cursor.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class TrainingRecordExportResource extends ExportResourceBase {

    private final TrainingRecordExports trainingRecordExports;

    public TrainingRecordExportResource(TrainingRecordExports trainingRecordExports) {
        super(TrainingRecordExports.FAMILY, TrainingRecordResponse.class);
        this.trainingRecordExports = trainingRecordExports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportTrainingRecords",
            summary = "Export training records",
            description = "Queues an export of the training records of the members whose cell is in the subtree you "
                    + "name, or of all you may read (a secretary: of their subtree), as they stand, as one snapshot: "
                    + "each line of its content is a member's record as `GET /api/v1/training-records/{memberId}` "
                    + "shows it, by member id. When the job is DONE, its `cursor` is where the snapshot stands in "
                    + "`GET /api/v1/changes/training`: load the content, then read the feed with `after` = `cursor`. "
                    + "Answers 202 at once; follow `Location` to the job.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; `Location` names the job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExportJobResponse.class)))
    public RestResponse<ExportJobResponse> export(
            @NotNull @Valid TrainingRecordExportRequest asked, @Context UriInfo uri) {
        ExportJob job = trainingRecordExports.start(asked.organizationId(), TrainingRecordResponse::from);
        return accepted(job, uri);
    }

    @Override
    protected List<ExportJob> jobs(UUID organizationId) {
        return trainingRecordExports.list(organizationId);
    }
}
