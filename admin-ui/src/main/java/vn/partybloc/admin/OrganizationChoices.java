package vn.partybloc.admin;

import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationStatus;
import vn.partybloc.client.model.OrganizationType;

/** The active organizations a form offers to choose from, found by a name typed as the user types. */
final class OrganizationChoices {

    private static final int SHOWN = 10;

    /** The types that may stand above another organization: the parents a form offers. */
    static final List<OrganizationType> COMMITTEES = List.of(
            OrganizationType.BLOC_COMMITTEE, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.SUB_COMMITTEE);

    private OrganizationChoices() {}

    /** The first active organizations of {@code types} whose name holds {@code q}, by name; none for no name. */
    static List<Organization> named(ApiClient api, String q, List<OrganizationType> types) throws ApiException {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return new OrganizationsApi(api)
                .listOrganizations(
                        null, null, 0, null, q.strip(), SHOWN, "name", List.of(OrganizationStatus.ACTIVE), types)
                .getItems();
    }

    /** The organization a form had chosen, to show it chosen again; none if it had chosen none. */
    static List<Organization> chosen(ApiClient api, UUID id) throws ApiException {
        return id == null ? List.of() : List.of(new OrganizationsApi(api).getOrganization(id, null));
    }
}
