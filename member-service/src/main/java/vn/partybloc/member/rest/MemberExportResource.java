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
import vn.partybloc.member.domain.MemberExports;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.member.domain.NationalIdReaders;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.ExportJobResponse;
import vn.partybloc.platform.exports.ExportResourceBase;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.EnumFilters;

@Path("/api/v1/members/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Snapshots of the register for a first full sync, with their changes-feed cursor.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class MemberExportResource extends ExportResourceBase {

    private final MemberExports memberExports;
    private final Caller caller;

    public MemberExportResource(MemberExports memberExports, Caller caller) {
        super(MemberExports.FAMILY, MemberResponse.class);
        this.memberExports = memberExports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportMembers",
            summary = "Export members",
            description = "Queues an export of the members you may read (a secretary: of their subtree), today or "
                    + "`asOf` a day, as one snapshot: each line of its content is a member as `GET /api/v1/members/{id}` "
                    + "shows it to you. When the job is DONE, its `cursor` is where the snapshot stands in "
                    + "`GET /api/v1/changes/members`: load the content, then read the feed with `after` = `cursor`, and "
                    + "nothing is missed or counted twice. Answers 202 at once; follow `Location` to the job.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; `Location` names the job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExportJobResponse.class)))
    public RestResponse<ExportJobResponse> export(@NotNull @Valid MemberExportRequest asked, @Context UriInfo uri) {
        boolean cleared = NationalIdReaders.includes(caller);
        ExportJob job = memberExports.start(
                asked.organizationId(),
                asked.asOf(),
                EnumFilters.of(asked.statuses(), MemberStatus.class),
                member -> MemberResponse.from(member, cleared, null));
        return accepted(job, uri);
    }

    @Override
    protected List<ExportJob> jobs(UUID organizationId) {
        return memberExports.list(organizationId);
    }
}
