package vn.partybloc.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Committee;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.Position;

/**
 * The posts a member holds today, in the committees of their cell and of the organizations above it, as choices: the
 * API lists positions by committee, not by member, so they are gathered committee by committee (a handful of calls, for
 * the rare form that needs them: a removal from post).
 */
final class MemberPosts {

    private MemberPosts() {}

    static List<Option> held(SignedIn user, Member member, LocalDate today) throws ApiException {
        CommitteesApi committees = new CommitteesApi(user.api());
        List<Organization> organizations =
                new ArrayList<>(new OrganizationsApi(user.api()).listAncestors(member.getOrganizationId(), today));
        organizations.add(new OrganizationsApi(user.api()).getOrganization(member.getOrganizationId(), today));
        List<Option> posts = new ArrayList<>();
        Labels labels = user.labels();
        for (Organization organization : organizations) {
            for (Committee committee : committees.listCommittees(organization.getId())) {
                if (committee.getTermEndYear() != null && committee.getTermEndYear() < today.getYear()) {
                    continue;
                }
                for (Position position : committees.listCommitteePositions(committee.getId())) {
                    if (held(position, member.getId(), today)) {
                        posts.add(new Option(
                                position.getId().toString(),
                                labels.position_kind(position.getPosition().name()) + " · "
                                        + labels.committee_kind(
                                                committee.getKind().name()) + " "
                                        + organization.getName()));
                    }
                }
            }
        }
        return posts;
    }

    private static boolean held(Position position, UUID member, LocalDate today) {
        return member.equals(position.getMemberId())
                && (position.getEndsOn() == null || !position.getEndsOn().isBefore(today));
    }
}
