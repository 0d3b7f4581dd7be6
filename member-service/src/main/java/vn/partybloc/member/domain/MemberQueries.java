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
import vn.partybloc.platform.web.ProblemType;

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

    /**
     * The member carrying the number, wherever they stand on the register (departed ones too: an HR system matches
     * people it already knows). None, or one outside a confined caller's subtree, is a 404 that repeats no number; a
     * number two members carry is a 409, for the register to be corrected.
     */
    public Member byIdentity(IdentityNumber number) {
        List<Member> found = members.byIdentityNumber(number, 2).stream()
                .filter(m -> scope.sees(m.organizationId))
                .toList();
        if (found.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND, "member.lookup.none", number.kind().field());
        }
        if (found.size() > 1) {
            throw ProblemException.conflict(
                    "member.lookup.ambiguous", number.kind().field());
        }
        return found.get(0);
    }

    public Page<Member> search(MemberFilter filter, UUID organizationId, String orderBy, int page, int size) {
        MemberFilter scoped = scoped(filter, organizationId);
        MemberRepository.Found found = members.page(scoped, orderBy, page * size, size);
        return new Page<>(found.members(), page, size, found.total());
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
