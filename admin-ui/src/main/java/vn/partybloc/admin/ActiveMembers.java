package vn.partybloc.admin;

import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberStatus;

/** The active members a form offers to choose from, found by a name typed as the user types. */
final class ActiveMembers {

    private static final int SHOWN = 10;

    private ActiveMembers() {}

    /** The first active members whose name holds {@code q}, by name; none for no name. */
    static List<Member> named(ApiClient api, String q) throws ApiException {
        if (FormFields.blank(q)) {
            return List.of();
        }
        return new MembersApi(api)
                .listMembers(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null,
                        null,
                        q.strip(),
                        SHOWN,
                        "fullName",
                        List.of(MemberStatus.ACTIVE))
                .getItems();
    }

    /** The member a form had chosen, to show them chosen again; none if it had chosen none. */
    static List<Member> chosen(ApiClient api, UUID id) throws ApiException {
        return id == null ? List.of() : List.of(new MembersApi(api).getMember(id, null));
    }
}
