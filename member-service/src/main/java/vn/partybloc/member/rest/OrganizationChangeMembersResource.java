package vn.partybloc.member.rest;

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
import vn.partybloc.member.domain.OrganizationChangeMembers;

@Path("/api/v1/members/organization-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Party members and their lifecycle.")
public class OrganizationChangeMembersResource {

    private final OrganizationChangeMembers members;

    public OrganizationChangeMembersResource(OrganizationChangeMembers members) {
        this.members = members;
    }

    @GET
    @Path("/{changeId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getOrganizationChangeMembers",
            summary = "The members a structural change carried, and those it could not move",
            description = "After organization-service records a merge, split or transfer out (its `changeId`), the "
                    + "members of the organizations involved follow it here: moved into the continuing cells or "
                    + "transferred out with their organization. Members a split listed who were not in the split "
                    + "cell, or members of a cell merged into an organization that holds no members, are listed as "
                    + "unapplied for the organizer to settle. Empty until the change's events have arrived. Every "
                    + "reader role may call it; a secretary sees the rows of their own subtree, and where there are "
                    + "none, the 404 of a change that does not exist, whether it carried members of other subtrees "
                    + "only or its events have not arrived.")
    public OrganizationChangeMembersResponse get(@PathParam("changeId") UUID changeId) {
        return OrganizationChangeMembersResponse.from(changeId, members.of(changeId));
    }
}
