package vn.partybloc.member.repository;

import java.time.LocalDate;
import java.util.Set;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.member.domain.MembershipKind;

/**
 * Which members to list: text, an organization (or its subtree), a secretary's scope, statuses, kinds, degrees, and the
 * date whose register to read ({@code asOf}; null for today's).
 */
public record MemberFilter(String q, String organizationPath, boolean includeDescendants, String scopePath,
        Set<MemberStatus> statuses, Set<MembershipKind> kinds, Set<Degree> degrees, LocalDate asOf) {

    public MemberFilter withScope(String path) {
        return new MemberFilter(q, organizationPath, includeDescendants, path, statuses, kinds, degrees, asOf);
    }

    public MemberFilter withOrganization(String path) {
        return new MemberFilter(q, path, includeDescendants, scopePath, statuses, kinds, degrees, asOf);
    }
}
