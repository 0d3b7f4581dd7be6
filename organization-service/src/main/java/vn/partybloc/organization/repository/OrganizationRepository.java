package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.partybloc.organization.domain.HostUnitKind;
import vn.partybloc.organization.domain.Organization;
import vn.partybloc.organization.domain.OrganizationCounts;
import vn.partybloc.organization.domain.OrganizationFilter;
import vn.partybloc.organization.domain.OrganizationRow;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.persistence.Counting;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.persistence.Scroll;
import vn.partybloc.platform.search.TextSearch;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The organizations of {@code ids}, locked in the order of their ids (two batches never wait on each other). */
    @SuppressWarnings("unchecked")
    public List<Organization> findAllForUpdate(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery(
                        "select * from organizations where id = any(cast(?1 as uuid[])) order by id for update",
                        Organization.class)
                .setParameter(1, ManyIds.array(ids))
                .getResultList();
    }

    public boolean existsByCode(String code) {
        return Counting.any(getEntityManager(), "from Organization where code = ?1", code);
    }

    /** Which of {@code codes} an organization already has. */
    @SuppressWarnings("unchecked")
    public Set<String> takenCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createNativeQuery("select code from organizations where code = any(cast(?1 as varchar[]))")
                .setParameter(1, codes.toArray(String[]::new))
                .getResultList());
    }

    public boolean hasRoot() {
        return Counting.any(getEntityManager(), "from Organization where type = ?1", OrganizationType.BLOC_COMMITTEE);
    }

    /** Descendants of {@code ancestor} (excluding it), locked for a change that rewrites their paths. */
    public List<Organization> descendantsForUpdate(Organization ancestor) {
        return getEntityManager()
                .createQuery(
                        "from Organization where path like :prefix and id <> :id order by depth", Organization.class)
                .setParameter("prefix", ancestor.path + "%")
                .setParameter("id", ancestor.id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Active organizations of the subtree at {@code path}, its root included. */
    public List<Organization> activeInSubtree(String path) {
        return list("path like ?1 and status = ?2", TextSearch.escape(path) + "%", OrganizationStatus.ACTIVE);
    }

    public List<Organization> activeChildren(UUID parentId) {
        return list("parentId = ?1 and status = ?2", parentId, OrganizationStatus.ACTIVE);
    }

    public Optional<OrganizationRow> findRow(UUID id, LocalDate asOf) {
        Query query = getEntityManager()
                .createNativeQuery("select * from (" + source(asOf) + ") o where o.id = :id")
                .setParameter("id", id);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(OrganizationRows::from);
    }

    public List<OrganizationRow> search(OrganizationFilter filter, String orderBy, int offset, int limit) {
        Query query = getEntityManager()
                .createNativeQuery("select * from (" + source(filter.asOf()) + ") o where " + where(filter)
                        + " order by " + orderBy + ", o.id limit :limit offset :offset");
        bind(query, filter);
        query.setParameter("limit", limit).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(OrganizationRows::from).toList();
    }

    /**
     * Hands every organization the filter takes to {@code each}, in tree order, fetched through a cursor a few hundred
     * at a time: memory holds one batch, whatever the tree.
     */
    public void each(OrganizationFilter filter, Consumer<OrganizationRow> each) {
        Query query = getEntityManager()
                .createNativeQuery("select * from (" + source(filter.asOf()) + ") o where " + where(filter)
                        + " order by o.path, o.id");
        bind(query, filter);
        Scroll.each(getEntityManager(), query, row -> OrganizationRows.from((Object[]) row), each);
    }

    public long count(OrganizationFilter filter) {
        Query query = getEntityManager()
                .createNativeQuery("select count(*) from (" + source(filter.asOf()) + ") o where " + where(filter));
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<OrganizationRow> rows(List<UUID> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = getEntityManager()
                .createNativeQuery("select * from (" + source(asOf) + ") o where o.id in (:ids) order by o.depth");
        query.setParameter("ids", ids);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(OrganizationRows::from).toList();
    }

    /** Active organizations of the subtree at {@code path} (including its root), by type and by host-unit kind. */
    public OrganizationCounts counts(String path, LocalDate asOf) {
        Query query = getEntityManager().createNativeQuery("""
                select o.type, o.host_unit_kind, count(*) from (%s) o
                where o.path like :prefix and o.status = 'ACTIVE' group by o.type, o.host_unit_kind""".formatted(source(asOf)));
        query.setParameter("prefix", TextSearch.escape(path) + "%");
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<OrganizationType, Long> byType = new EnumMap<>(OrganizationType.class);
        Map<HostUnitKind, Long> byHostUnitKind = new EnumMap<>(HostUnitKind.class);
        for (OrganizationType type : OrganizationType.values()) {
            byType.put(type, 0L);
        }
        for (HostUnitKind kind : HostUnitKind.values()) {
            byHostUnitKind.put(kind, 0L);
        }
        for (Object[] row : rows) {
            long n = ((Number) row[2]).longValue();
            byType.merge(OrganizationType.valueOf((String) row[0]), n, Long::sum);
            if (row[1] != null) {
                byHostUnitKind.merge(HostUnitKind.valueOf((String) row[1]), n, Long::sum);
            }
        }
        return new OrganizationCounts(byType, byHostUnitKind);
    }

    private static String source(LocalDate asOf) {
        return asOf == null ? OrganizationRows.CURRENT : OrganizationRows.AS_OF;
    }

    private static String where(OrganizationFilter f) {
        StringBuilder sql = new StringBuilder("true");
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (")
                    .append(TextSearch.condition("o.name", ":q"))
                    .append(" or ")
                    .append(TextSearch.condition("o.code", ":q"))
                    .append(')');
        }
        if (!f.codes().isEmpty()) {
            sql.append(" and o.code in (:codes)");
        }
        if (!f.types().isEmpty()) {
            sql.append(" and o.type in (:types)");
        }
        if (!f.statuses().isEmpty()) {
            sql.append(" and o.status in (:statuses)");
        }
        if (f.parentId() != null) {
            sql.append(" and o.parent_id = :parentId");
        }
        if (f.subtreePath() != null) {
            sql.append(" and o.path like :subtree and o.path <> :subtreeRoot");
        }
        if (f.scope() != null) {
            sql.append(" and o.path like :scope");
        }
        return sql.toString();
    }

    private static void bind(Query query, OrganizationFilter f) {
        if (f.asOf() != null) {
            query.setParameter("asOf", f.asOf());
        }
        if (f.q() != null && !f.q().isBlank()) {
            query.setParameter("q", TextSearch.escape(f.q()));
        }
        if (!f.codes().isEmpty()) {
            query.setParameter("codes", f.codes());
        }
        if (!f.types().isEmpty()) {
            query.setParameter("types", f.types().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (!f.statuses().isEmpty()) {
            query.setParameter("statuses", f.statuses().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (f.parentId() != null) {
            query.setParameter("parentId", f.parentId());
        }
        if (f.subtreePath() != null) {
            query.setParameter("subtree", TextSearch.escape(f.subtreePath()) + "%");
            query.setParameter("subtreeRoot", f.subtreePath());
        }
        if (f.scope() != null) {
            query.setParameter("scope", "%/" + f.scope() + "/%");
        }
    }
}
