package vn.partybloc.admin;

import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.SubjectKind;

/** What a review rates, as the console shows it: a name and its page, read from the API by the subject's kind. */
final class ReviewSubjects {

    /** The subject of a review: a name and its page. */
    public record Subject(String name, String href) {}

    private ReviewSubjects() {}

    static Subject of(SignedIn user, SubjectKind kind, UUID id) throws ApiException {
        return switch (kind) {
            case MEMBER, COMMITTEE_MEMBER ->
                new Subject(new MembersApi(user.api()).getMember(id, null).getFullName(), "/dang-vien/" + id);
            case COLLECTIVE_COMMITTEE -> new Subject(user.labels().subject_kind(kind.name()), "/cap-uy/" + id);
            default ->
                new Subject(
                        new OrganizationsApi(user.api())
                                .getOrganization(id, null)
                                .getName(),
                        "/to-chuc/" + id);
        };
    }
}
