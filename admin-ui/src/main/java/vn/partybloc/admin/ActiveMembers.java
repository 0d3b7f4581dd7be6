package vn.partybloc.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberStatus;
import vn.partybloc.client.model.PageMemberResponse;

/**
 * The active members a form offers to choose from: found by a name typed as the user types, or all of an organization's
 * (a cell's attendance, a split's share of members).
 */
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

    /** Every member active in {@code organization} itself (not below it) on {@code asOf}, by name, page after page. */
    static List<Member> in(ApiClient api, UUID organization, LocalDate asOf) throws ApiException {
        MembersApi members = new MembersApi(api);
        return EveryPage.of(
                page -> members.listMembers(
                        asOf,
                        null,
                        null,
                        false,
                        null,
                        organization,
                        page,
                        null,
                        null,
                        null,
                        EveryPage.LARGEST,
                        "fullName",
                        List.of(MemberStatus.ACTIVE)),
                PageMemberResponse::getItems,
                PageMemberResponse::getTotal);
    }

    /** The member a form had chosen, to show them chosen again; none if it had chosen none. */
    static List<Member> chosen(ApiClient api, UUID id) throws ApiException {
        return id == null ? List.of() : List.of(new MembersApi(api).getMember(id, null));
    }
}
