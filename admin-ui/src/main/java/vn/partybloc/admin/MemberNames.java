package vn.partybloc.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.Member;

/**
 * The members a page names (a committee's holders, a page of discipline cases), read one call a member as the user
 * may read them, each member once: the API's lists of positions and cases carry ids, not names.
 */
final class MemberNames {

    private final MembersApi members;
    private final Map<UUID, Part<Member>> read = new HashMap<>();

    MemberNames(ApiClient api) {
        this.members = new MembersApi(api);
    }

    Part<Member> of(UUID id) {
        return read.computeIfAbsent(id, member -> Part.of(() -> members.getMember(member, null)));
    }
}
