package vn.partybloc.member.rest;

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
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.PositionExports;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.ExportJobResponse;
import vn.partybloc.platform.exports.ExportResourceBase;
import vn.partybloc.platform.web.EnumFilters;

@Path("/api/v1/positions/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Snapshots of the register for a first full sync, with their changes-feed cursor.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class PositionExportResource extends ExportResourceBase {

    private final PositionExports positionExports;

    public PositionExportResource(PositionExports positionExports) {
        super(PositionExports.FAMILY, PositionResponse.class);
        this.positionExports = positionExports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportPositions",
            summary = "Export committee positions",
            description =
                    "Queues an export of the committee positions held at the end of today, or of `asOf` a day, on "
                            + "the committees of the organizations you may read (a secretary: of their subtree), as one "
                            + "snapshot: each line of its content is a position as `GET /api/v1/positions/{id}` shows it. When "
                            + "the job is DONE, its `cursor` is where the snapshot stands in `GET /api/v1/changes/members` "
                            + "(which carries the position events): load the content, then read the feed with `after` = "
                            + "`cursor`. Answers 202 at once; follow `Location` to the job.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; `Location` names the job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExportJobResponse.class)))
    public RestResponse<ExportJobResponse> export(@NotNull @Valid PositionExportRequest asked, @Context UriInfo uri) {
        ExportJob job = positionExports.start(
                asked.organizationId(),
                asked.asOf(),
                EnumFilters.of(asked.committeeKinds(), CommitteeKind.class),
                EnumFilters.of(asked.positions(), PositionKind.class),
                PositionResponse::from);
        return accepted(job, uri);
    }

    @Override
    protected List<ExportJob> jobs(UUID organizationId) {
        return positionExports.list(organizationId);
    }
}
