package vn.partybloc.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Complaint;
import vn.partybloc.client.model.InspectionItem;
import vn.partybloc.client.model.InspectionSubjectKind;
import vn.partybloc.client.model.Member;

/**
 * The names of the members and organizations a page's rows are about (complaints, inspection items, the bodies that
 * plan inspections), each read once as the user may read it: the API's lists carry ids, not names.
 */
final class SubjectNames {

    private final MemberNames members;
    private final OrganizationsApi organizations;
    private final Map<UUID, Part<String>> organizationNames = new HashMap<>();

    SubjectNames(ApiClient api) {
        this.members = new MemberNames(api);
        this.organizations = new OrganizationsApi(api);
    }

    Part<String> member(UUID id) {
        return members.of(id).map(Member::getFullName);
    }

    Part<String> organization(UUID id) {
        return organizationNames.computeIfAbsent(
                id,
                organization -> Part.of(
                        () -> organizations.getOrganization(organization, null).getName()));
    }

    Part<String> of(Complaint complaint) {
        return complaint.getSubjectMemberId() != null
                ? member(complaint.getSubjectMemberId())
                : organization(complaint.getSubjectOrganizationId());
    }

    Part<String> of(InspectionItem item) {
        return item.getSubjectKind() == InspectionSubjectKind.COMMITTEE_MEMBER
                ? member(item.getSubjectId())
                : organization(item.getSubjectId());
    }
}
