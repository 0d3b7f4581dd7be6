package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.ConsequenceKind;
import vn.partybloc.member.domain.DecisionConsequences;
import vn.partybloc.member.domain.OrganizationScope;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/members/consequences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Party members and their lifecycle.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
public class DecisionConsequenceResource {

    private final DecisionConsequences consequences;
    private final OrganizationScope scope;

    public DecisionConsequenceResource(DecisionConsequences consequences, OrganizationScope scope) {
        this.consequences = consequences;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "listDecisionConsequences",
            summary = "What decisions changed in the register of a subtree in a period, with the deciding records",
            description = "Members expelled or struck off (by the cell they left), posts ended with reason DISCIPLINE "
                    + "(by the committee's organization) and candidates taken out of succession plans for a low "
                    + "confidence vote or discipline, or while a vote or a case flagged them (by the plan's "
                    + "organization), that took effect in [`from`, `to`] in the subtree of `organizationId` (default: "
                    + "the caller's scope root), latest first, paged; each with the discipline case, screening finding "
                    + "or confidence vote that decided it (evaluation-service). Who was disciplined is sensitive "
                    + "personnel data: for an admin, organizer or inspector, and a secretary in their own subtree; "
                    + "counts for every reader are in `getMemberMovements` and evaluation-service's "
                    + "`getDisciplineReport`.")
    @APIResponse(responseCode = "200", description = "A page of consequences.")
    @APIResponse(
            responseCode = "400",
            description = "`from` or `to` missing or malformed, `to` before `from`, or an unknown `sort`.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<DecisionConsequenceResponse> list(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
                    @QueryParam("from")
                    @NotNull
                    LocalDate from,
            @Parameter(description = ApiTexts.PERIOD_TO, example = ApiTexts.PERIOD_TO_EXAMPLE)
                    @QueryParam("to")
                    @NotNull
                    LocalDate to,
            @Parameter(description = "Only consequences of this kind.") @QueryParam("kind") ConsequenceKind kind,
            @Valid @BeanParam PageRequest page) {
        return consequences
                .of(scope.subtreeRoot(organizationId), from, to, kind, latestFirst(page), page.page, page.size)
                .map(DecisionConsequenceResponse::from);
    }

    /** Sorted by the day each took effect: `on,desc` unless asked otherwise. */
    private static boolean latestFirst(PageRequest page) {
        return page.sort == null
                || page.sort.isBlank()
                || page.orderBy(Set.of("on"), "on", f -> f).endsWith("desc");
    }
}
