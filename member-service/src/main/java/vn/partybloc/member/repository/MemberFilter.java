package vn.partybloc.member.repository;

import java.util.Set;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.member.domain.MembershipKind;

/** Which members to list: text, an organization (or its subtree), a secretary's scope, statuses, kinds, degrees. */
public record MemberFilter(String q, String organizationPath, boolean includeDescendants, String scopePath,
        Set<MemberStatus> statuses, Set<MembershipKind> kinds, Set<Degree> degrees) {

    public MemberFilter withScope(String path) {
        return new MemberFilter(q, organizationPath, includeDescendants, path, statuses, kinds, degrees);
    }
}
