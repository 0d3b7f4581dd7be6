package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.MembershipChangeRepository;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.ProblemException;

/** Reads of members, confined to a secretary's own subtree. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberQueries {

    private final MemberRepository members;
    private final MembershipChangeRepository history;
    private final OrganizationScope scope;

    public MemberQueries(MemberRepository members, MembershipChangeRepository history, OrganizationScope scope) {
        this.members = members;
        this.history = history;
        this.scope = scope;
    }

    public Member get(UUID id) {
        return get(id, null);
    }

    /** The member now, or as registered at the end of {@code asOf} (cell, status and kind from their history). */
    public Member get(UUID id, LocalDate asOf) {
        Member m = (asOf == null ? members.findByIdOptional(id) : members.asOf(id, asOf))
                .orElseThrow(() -> ProblemException.notFound("member", id));
        scope.holding("member", id, m.organizationId);
        return m;
    }

    public Page<Member> search(MemberFilter filter, UUID organizationId, String orderBy, int page, int size) {
        MemberFilter scoped = scoped(filter, organizationId);
        return new Page<>(members.search(scoped, orderBy, page * size, size), page, size, members.count(scoped));
    }

    /**
     * {@code filter} narrowed to the organization named (a 404 where the caller may not see it) and to a secretary's
     * subtree.
     */
    public MemberFilter scoped(MemberFilter filter, UUID organizationId) {
        MemberFilter resolved = filter;
        if (organizationId != null) {
            String path = scope.visible(organizationId).path;
            resolved = filter.withOrganization(path);
        }
        return scope.scopePath().map(resolved::withScope).orElse(resolved);
    }

    public List<MembershipChange> history(UUID id) {
        get(id);
        return history.history(id);
    }
}
