package vn.partybloc.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationStatus;
import vn.partybloc.client.model.PageOrganizationResponse;
import vn.partybloc.kernel.BlocZone;

/**
 * Bảng tính tổ chức trực thuộc: the organizations active under one on a day (today unless asked), as the tree shows
 * them, a row each in the tree's order (each followed by those under it, by code): its code, name, type, the
 * organization it is directly under, how many levels below the first it stands, and its founding day.
 */
@Path("/to-chuc/{id}/bang-tinh")
public class SubtreeSpreadsheet {

    private final SignedIn user;

    public SubtreeSpreadsheet(SignedIn user) {
        this.user = user;
    }

    @GET
    @Produces(Spreadsheet.XLSX)
    public Response download(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        OrganizationsApi api = new OrganizationsApi(user.api());
        Organization top = api.getOrganization(id, day);
        Map<UUID, List<Organization>> children = new HashMap<>();
        for (Organization below : subtree(api, id, day)) {
            children.computeIfAbsent(below.getParentId(), parent -> new ArrayList<>())
                    .add(below);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Organization::getCode)));
        Messages words = user.words();
        Labels labels = user.labels();
        Spreadsheet sheet = new Spreadsheet(
                words.subtree_of(top.getName(), Formats.day(day)),
                List.of(
                        words.code(),
                        words.organization_name(),
                        words.organization_type(),
                        words.directly_under(),
                        words.levels_below(),
                        words.founded_on()));
        addUnder(sheet, top, children, 1, labels);
        return sheet.download(words.organizations() + " " + top.getName() + " " + day);
    }

    /** The organizations under {@code parent}, each followed by those under it. */
    private static void addUnder(
            Spreadsheet sheet, Organization parent, Map<UUID, List<Organization>> children, int level, Labels labels) {
        for (Organization child : children.getOrDefault(parent.getId(), List.of())) {
            sheet.row(
                    child.getCode(),
                    child.getName(),
                    labels.type(child.getType().name()),
                    parent.getName(),
                    level,
                    child.getFoundedOn());
            addUnder(sheet, child, children, level + 1, labels);
        }
    }

    /** Every organization active under {@code id} on {@code day}, a page at a time. */
    private static List<Organization> subtree(OrganizationsApi api, UUID id, LocalDate day) throws ApiException {
        return EveryPage.of(
                page -> api.listSubtree(
                        id, day, page, null, EveryPage.LARGEST, "code", List.of(OrganizationStatus.ACTIVE), null),
                PageOrganizationResponse::getItems,
                PageOrganizationResponse::getTotal);
    }
}
