package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.organization.domain.ChangeKind;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.organization.domain.StructuralChange;
import vn.partybloc.organization.domain.StructuralChangeCounts;
import vn.partybloc.platform.search.TextSearch;

@ApplicationScoped
public class StructuralChangeRepository implements PanacheRepositoryBase<StructuralChange, UUID> {

    /** Changes that involve the organization in any role, oldest effective first. */
    public List<StructuralChange> history(UUID organizationId) {
        return getEntityManager()
                .createQuery("""
                select distinct c from StructuralChange c join c.subjects s
                where s.organizationId = :id order by c.effectiveDate, c.recordedAt""", StructuralChange.class)
                .setParameter("id", organizationId)
                .getResultList();
    }

    /**
     * Each change effective in [from, to] counted once, by the organization it is about: the subject, a split's source,
     * a merge's target. It belongs to the subtree when that organization's path, as it stood at the end of the
     * effective day, lies under {@code path}; organizations that leave keep the path they had.
     */
    public StructuralChangeCounts counts(String path, LocalDate from, LocalDate to) {
        Query query = getEntityManager().createNativeQuery("""
                select c.kind, o.type, count(*),
                       (select count(*) from structural_change_subjects a where a.change_id = c.id and a.role = 'AFFECTED')
                from structural_changes c
                join structural_change_subjects s on s.change_id = c.id
                    and s.role = case c.kind when 'SPLIT' then 'SOURCE' when 'MERGE' then 'TARGET' else 'SUBJECT' end
                join organization_snapshots o on o.organization_id = s.organization_id
                    and o.valid_from <= c.effective_date and (o.valid_to is null or o.valid_to > c.effective_date)
                where c.effective_date between :from and :to and c.kind <> 'UPDATE' and o.path like :prefix
                group by c.id, c.kind, o.type""");
        query.setParameter("from", from).setParameter("to", to).setParameter("prefix", TextSearch.escape(path) + "%");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<ChangeKind, Long> byKind = new EnumMap<>(ChangeKind.class);
        Map<ChangeKind, Map<OrganizationType, Long>> byKindAndType = new EnumMap<>(ChangeKind.class);
        Map<ChangeKind, Long> carriedAlong = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            if (StructuralChangeCounts.structural(kind)) {
                byKind.put(kind, 0L);
                carriedAlong.put(kind, 0L);
                Map<OrganizationType, Long> byType = new EnumMap<>(OrganizationType.class);
                for (OrganizationType type : OrganizationType.values()) {
                    byType.put(type, 0L);
                }
                byKindAndType.put(kind, byType);
            }
        }
        for (Object[] row : rows) {
            ChangeKind kind = ChangeKind.valueOf((String) row[0]);
            long changes = ((Number) row[2]).longValue();
            byKind.merge(kind, changes, Long::sum);
            byKindAndType.get(kind).merge(OrganizationType.valueOf((String) row[1]), changes, Long::sum);
            carriedAlong.merge(kind, ((Number) row[3]).longValue(), Long::sum);
        }
        return new StructuralChangeCounts(from, to, byKind, byKindAndType, carriedAlong);
    }
}
