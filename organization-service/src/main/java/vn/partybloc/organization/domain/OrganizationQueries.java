package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import vn.partybloc.organization.repository.OrganizationRepository;
import vn.partybloc.organization.repository.StructuralChangeRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.Periods;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/** Reads of the tree, now or as of a date, confined to a secretary's own subtree. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationQueries {

    private final OrganizationRepository organizations;
    private final StructuralChangeRepository changes;
    private final Caller caller;
    private final OverdueCongresses overdueCongresses;
    private final Clock clock;

    public OrganizationQueries(
            OrganizationRepository organizations,
            StructuralChangeRepository changes,
            Caller caller,
            OverdueCongresses overdueCongresses,
            Clock clock) {
        this.organizations = organizations;
        this.changes = changes;
        this.caller = caller;
        this.overdueCongresses = overdueCongresses;
        this.clock = clock;
    }

    public OrganizationRow get(UUID id, LocalDate asOf) {
        OrganizationRow current = visible(id);
        if (asOf == null) {
            return current;
        }
        return organizations
                .findRow(id, asOf)
                .orElseThrow(() ->
                        ProblemException.notFound("organization", new ProblemMessage("organization.as-of", id, asOf)));
    }

    public Page<OrganizationRow> search(OrganizationFilter filter, String orderBy, int page, int size) {
        OrganizationFilter scoped = scoped(filter);
        List<OrganizationRow> items = organizations.search(scoped, orderBy, page * size, size);
        return new Page<>(items, page, size, organizations.count(scoped));
    }

    public List<OrganizationRow> children(
            UUID id, LocalDate asOf, Set<OrganizationType> types, Set<OrganizationStatus> statuses) {
        visible(id);
        OrganizationFilter filter = new OrganizationFilter(asOf, null, Set.of(), types, statuses, id, null, null);
        return organizations.search(scoped(filter), "o.name", 0, Integer.MAX_VALUE);
    }

    public Page<OrganizationRow> subtree(
            UUID id,
            LocalDate asOf,
            Set<OrganizationType> types,
            Set<OrganizationStatus> statuses,
            String q,
            String orderBy,
            int page,
            int size) {
        OrganizationRow root = get(id, asOf);
        return search(
                new OrganizationFilter(asOf, q, Set.of(), types, statuses, null, root.path(), null),
                orderBy,
                page,
                size);
    }

    /** From the Bloc down to the organization's parent; a secretary sees only the part inside their subtree. */
    public List<OrganizationRow> ancestors(UUID id, LocalDate asOf) {
        OrganizationRow org = get(id, asOf);
        List<OrganizationRow> rows = organizations.rows(org.ancestorIds(), asOf);
        Optional<UUID> scope = caller.scope();
        return scope.map(s -> rows.stream().filter(r -> r.isInSubtreeOf(s)).toList())
                .orElse(rows);
    }

    public OrganizationCounts counts(UUID id, LocalDate asOf) {
        OrganizationRow root = get(id, asOf);
        return organizations.counts(root.path(), asOf);
    }

    /** Structural changes of the subtree of {@code id} effective in [from, to]; {@code to} before {@code from} is refused. */
    public StructuralChangeCounts changeCounts(UUID id, LocalDate from, LocalDate to) {
        Periods.requireOrdered(from, to);
        return changes.counts(visible(id).path(), from, to);
    }

    /** The overdue-congress report of the subtree of {@code id} on {@code asOf} (default today). */
    public OverdueCongresses.Report overdueCongresses(UUID id, LocalDate asOf) {
        return overdueCongresses.of(visible(id).path(), asOf == null ? LocalDate.now(clock) : asOf);
    }

    public List<StructuralChange> history(UUID id) {
        visible(id);
        return changes.history(id);
    }

    /**
     * The organization locked for a write, if the caller may see it, as {@link #get} would answer: one statement
     * where a read for the check and another for the lock were two.
     */
    public Organization visibleForUpdate(UUID id) {
        Organization org =
                organizations.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("organization", id));
        requireInScope(id, org::isInSubtreeOf);
        return org;
    }

    private OrganizationRow visible(UUID id) {
        OrganizationRow row =
                organizations.findRow(id, null).orElseThrow(() -> ProblemException.notFound("organization", id));
        requireInScope(id, row::isInSubtreeOf);
        return row;
    }

    /** A secretary sees only their subtree: anything outside it is not found, as if it did not exist. */
    private void requireInScope(UUID id, Predicate<UUID> isInSubtreeOf) {
        Optional<UUID> scope = caller.scope();
        if (scope.isPresent() && !isInSubtreeOf.test(scope.get())) {
            throw ProblemException.notFound("organization", id);
        }
    }

    /** {@code filter} confined to a secretary's subtree. */
    public OrganizationFilter scoped(OrganizationFilter filter) {
        return caller.scope()
                .map(s -> new OrganizationFilter(
                        filter.asOf(),
                        filter.q(),
                        filter.codes(),
                        filter.types(),
                        filter.statuses(),
                        filter.parentId(),
                        filter.subtreePath(),
                        s))
                .orElse(filter);
    }
}
