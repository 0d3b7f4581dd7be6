package vn.partybloc.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Organization;

/** The organizations whose committees a discipline form offers to take a case or an appeal up, nearest first. */
final class DisciplineBodies {

    private DisciplineBodies() {}

    /** The organization itself, then those above it, nearest first. */
    static List<Option> fromItUp(SignedIn user, UUID organization, LocalDate today) throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(user.api());
        List<Organization> bodies = new ArrayList<>(organizations.listAncestors(organization, today));
        bodies.add(organizations.getOrganization(organization, today));
        return nearestFirst(bodies);
    }

    /** The organizations above it, nearest first: who may take up a case against it. */
    static List<Option> above(SignedIn user, UUID organization, LocalDate today) throws ApiException {
        return nearestFirst(new ArrayList<>(new OrganizationsApi(user.api()).listAncestors(organization, today)));
    }

    /** The committees an appeal may go to: the deciding body's own, those above it, then the province's. */
    static List<Option> ofAppeal(SignedIn user, UUID decidingBody, LocalDate today) throws ApiException {
        List<Option> options = new ArrayList<>(fromItUp(user, decidingBody, today));
        options.add(
                new Option(DisciplineAppealForm.PROVINCE, user.disciplineWords().province()));
        return options;
    }

    private static List<Option> nearestFirst(List<Organization> fromTheTop) {
        Collections.reverse(fromTheTop);
        return fromTheTop.stream()
                .map(organization -> new Option(organization.getId().toString(), organization.getName()))
                .toList();
    }
}
