package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.kernel.Languages;
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.OrganizationQueries;
import vn.partybloc.organization.domain.OrganizationRow;
import vn.partybloc.organization.domain.StructureWarnings;

/** Domain rules 1 and 2 over a subtree: the organization department's list of exceptions to follow up. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class StructureWarningResource {

    private final OrganizationQueries queries;
    private final StructureWarnings warnings;

    public StructureWarningResource(OrganizationQueries queries, StructureWarnings warnings) {
        this.queries = queries;
        this.warnings = warnings;
    }

    @GET
    @Path("/{id}/structure-warnings")
    @Operation(
            operationId = "listStructureWarnings",
            summary = "Organizations of a subtree that do not meet domain rules 1 and 2",
            description =
                    "Every active organization of the subtree (the root included) with a warning: a cell with fewer than "
                            + "3 full members (rule 1), a grassroots cell of 30 members or more, a grassroots committee of "
                            + "fewer than 30 (rule 2). Warnings, not refusals: the article's data has exceptions, which the "
                            + "superior consents to. Counted now from the members member-service has published (active and "
                            + "exempt ones); the thresholds are configuration with their source document. A secretary asks "
                            + "only about their own subtree (404 otherwise).")
    public StructureWarningsResponse list(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        OrganizationRow root = queries.get(id, null);
        return StructureWarningsResponse.of(
                id,
                warnings.inSubtree(root),
                Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
