package vn.partybloc.evaluation.rest;

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
import vn.partybloc.evaluation.domain.ReviewExports;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.ExportJobResponse;
import vn.partybloc.platform.exports.ExportResourceBase;
import vn.partybloc.platform.web.EnumFilters;

@Path("/api/v1/reviews/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Snapshots of the ratings for a first full sync, with their changes-feed cursor.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class ReviewExportResource extends ExportResourceBase {

    private final ReviewExports reviewExports;

    public ReviewExportResource(ReviewExports reviewExports) {
        super(ReviewExports.FAMILY, ReviewResponse.class);
        this.reviewExports = reviewExports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportReviews",
            summary = "Export ratings",
            description = "Queues an export of the ratings in force at the end of today, or of `asOf` a day (decided "
                    + "on or before it and not replaced by a re-rating decided by then: a rating cancelled later shows "
                    + "as CANCELLED, as its `GET` does), of the units you may "
                    + "read (a secretary: of their subtree), as one snapshot: each line of its content is a review as "
                    + "`GET /api/v1/reviews/{id}` shows it, by cycle, subject kind and subject. When the job is DONE, "
                    + "its `cursor` is where the snapshot stands in `GET /api/v1/changes/evaluations`: load the "
                    + "content, then read the feed with `after` = `cursor` (`ReviewDecided`, `ReviewPublished`, "
                    + "`ReviewCancelled`). Answers 202 at once; follow `Location` to the job.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; `Location` names the job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExportJobResponse.class)))
    public RestResponse<ExportJobResponse> export(@NotNull @Valid ReviewExportRequest asked, @Context UriInfo uri) {
        ExportJob job = reviewExports.start(
                asked.organizationId(),
                asked.asOf(),
                asked.year(),
                EnumFilters.of(asked.subjectKinds(), SubjectKind.class),
                ReviewResponse::from);
        return accepted(job, uri);
    }

    @Override
    protected List<ExportJob> jobs(UUID organizationId) {
        return reviewExports.list(organizationId);
    }
}
