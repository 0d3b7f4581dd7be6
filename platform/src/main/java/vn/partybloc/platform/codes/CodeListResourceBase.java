package vn.partybloc.platform.codes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ProblemException;

/**
 * The code lists of this service's data, read by every role; each service extends it with its own {@code
 * @Path("/api/v1/code-lists/<context>")} and tag, and the gateway answers all of them at {@code /api/v1/code-lists}.
 * The document's filter names the operations after the context ({@code listMembersCodeLists}, {@code
 * getMembersCodeList}).
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public abstract class CodeListResourceBase {

    public static final String TAG = "Code lists";

    public static final String TAG_DESCRIPTION =
            "The codes the register's fields take, with Vietnamese and English labels and their source.";

    @Inject
    Instance<CodeListSource> sources;

    @GET
    @Operation(
            summary = "Read this service's code lists",
            description = "Every code list whose codes this service's data takes, each with its codes, their "
                    + "Vietnamese and English labels, the document that defines them and the fields that take them. "
                    + "`GET /api/v1/code-lists` on the gateway answers the lists of every service at once.")
    public CodeLists lists() {
        return new CodeLists(all());
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "Read one code list", description = "One of this service's code lists, by its name.")
    public CodeList list(
            @Parameter(description = "The list's name.", example = "ethnicities")
                    @PathParam("name")
                    @Size(max = 60)
                    @Pattern(regexp = "[a-z]+(-[a-z]+)*")
                    String name) {
        return all().stream()
                .filter(list -> list.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("code-list", name));
    }

    private List<CodeList> all() {
        return sources.stream().flatMap(source -> source.codeLists().stream()).toList();
    }
}
