package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.IdentityNumber;
import vn.partybloc.member.domain.MemberQueries;
import vn.partybloc.member.domain.NationalIdReaders;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.shares.ShareKind;
import vn.partybloc.platform.shares.ShareLog;
import vn.partybloc.platform.web.ReadOnlyPosts;

@Path("/api/v1/members/lookups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Party members and their lifecycle.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.IDENTITY_READER})
public class MemberLookupResource {

    private final MemberQueries queries;
    private final Caller caller;
    private final ShareLog shares;

    public MemberLookupResource(MemberQueries queries, Caller caller, ShareLog shares) {
        this.queries = queries;
        this.caller = caller;
        this.shares = shares;
    }

    @POST
    @Operation(
            operationId = "lookUpMember",
            summary = "Look a member up by an identity number",
            description = "The member carrying the national id, party card number or dossier number, whatever their "
                    + "status (departed members too), for a system matching the people it knows. For an admin, an "
                    + "organizer and callers cleared as `identity-reader` (an HR system's service account), who also "
                    + "read the `nationalId`. A POST that changes nothing: the number travels in the body, not in a URL "
                    + "that logs and proxies keep. A number nobody carries answers 404 without repeating it; a number "
                    + "two members carry, 409. A member found is recorded in the share log (the member and the kind of "
                    + "number, not the number).",
            extensions = @Extension(name = ReadOnlyPosts.EXTENSION, value = "true"))
    @APIResponse(
            responseCode = "200",
            description = "The member.",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public MemberResponse lookUp(
            @Valid @NotNull MemberLookupRequest request,
            @Parameter(description = ShareLog.PURPOSE_DESCRIPTION)
                    @HeaderParam(ShareLog.PURPOSE_HEADER)
                    @Size(max = ShareLog.PURPOSE_MAX_LENGTH)
                    @Pattern(regexp = ShareLog.PRINTABLE_ASCII)
                    String purpose) {
        IdentityNumber number = request.toDomain();
        MemberResponse member =
                MemberResponse.from(queries.byIdentity(number), NationalIdReaders.includes(caller), null);
        shares.record(ShareKind.LOOK_UP, "/api/v1/members/" + member.id(), "by=" + number.kind(), 1, purpose);
        return member;
    }
}
