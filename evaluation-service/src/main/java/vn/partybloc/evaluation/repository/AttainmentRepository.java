package vn.partybloc.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.SubjectKind;

/** The native reads behind the attainment report: who should be rated in a subtree, and who was. */
@ApplicationScoped
public class AttainmentRepository {

    /** A subject that should be rated: id, display name and unit. */
    public record Subject(UUID id, String name, UUID organizationId) {}

    /** A current decided rating: subject, level, and the grassroots organization its unit lies in. */
    public record Rated(SubjectKind kind, UUID subjectId, String level, String grassrootsId) {}

    private final EntityManager em;

    public AttainmentRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Part of the Bloc during {@code [from, to]}: active, or ended after the first day; founded and received by the
     * last day. An unknown date does not keep an organization out (Subjects checks a review the same way).
     */
    private static final String ORGANIZATION_IN_CYCLE =
            "(o.status = 'ACTIVE' or o.ended_on > :from) and coalesce(greatest(o.founded_on, o.received_on), :to) <= :to";

    /**
     * The subjects that should be rated for the cycle {@code [from, to]}: those that were part of the Bloc during it
     * (members on the register, organizations founded and not yet ended), also when they have left since. A committee
     * is one when someone sat on it during the cycle: the replica knows its term, not the day it was formed, and a cell
     * committee formed in 2022 for the 2020–2025 term did not exist in 2020.
     */
    public List<Subject> expected(SubjectKind kind, String pathPrefix, LocalDate from, LocalDate to) {
        String sql = switch (kind) {
            case GRASSROOTS_ORGANIZATION, SUBORDINATE_ORGANIZATION -> """
                    select o.id, o.name, o.id from organizations o
                    where o.path like :path and %s and o.type in (:t1, :t2)""".formatted(ORGANIZATION_IN_CYCLE);
            case HOST_UNIT -> """
                    select o.id, o.host_unit_name, o.id from organizations o
                    where o.path like :path and %s and o.type in (:t1, :t2) and o.host_unit_name is not null""".formatted(ORGANIZATION_IN_CYCLE);
            case COLLECTIVE_COMMITTEE -> """
                    select c.id, o.name, o.id from committees c join organizations o on o.id = c.organization_id
                    where o.path like :path and %s and c.kind in ('EXECUTIVE_COMMITTEE', 'CELL_COMMITTEE')
                      and c.term_start_year <= extract(year from cast(:from as date)) and c.term_end_year > extract(year from cast(:from as date))
                      and exists (select 1 from positions p where p.organization_id = c.organization_id and p.committee_id = c.id
                                  and p.starts_on <= :to and (p.ends_on is null or p.ends_on >= :from))""".formatted(ORGANIZATION_IN_CYCLE);
            case MEMBER -> """
                    select m.id, m.full_name, m.organization_id from members m join organizations o on o.id = m.organization_id
                    where o.path like :path and (m.status = 'ACTIVE' or m.left_on > :from)
                      and (m.entered_on is null or m.entered_on <= :to)""";
            case COMMITTEE_MEMBER -> """
                    select distinct on (p.member_id) p.member_id, coalesce(m.full_name, ''), p.organization_id
                    from positions p join organizations o on o.id = p.organization_id left join members m on m.id = p.member_id
                    where o.path like :path and p.starts_on <= :to and (p.ends_on is null or p.ends_on >= :from) and %s
                    order by p.member_id, p.starts_on desc""".formatted(ORGANIZATION_IN_CYCLE);
        };
        var query = em.createNativeQuery(sql).setParameter("path", like(pathPrefix));
        if (sql.contains(":from")) {
            query.setParameter("from", from);
        }
        if (sql.contains(":to")) {
            query.setParameter("to", to);
        }
        if (kind.isOrganization()) {
            var types = kind.organizationTypes().stream().sorted().toList();
            query.setParameter("t1", types.get(0)).setParameter("t2", types.get(1));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Subject((UUID) r[0], (String) r[1], (UUID) r[2]))
                .toList();
    }

    public List<Rated> rated(UUID cycleId, String pathPrefix, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.subject_kind, r.subject_id, r.level, split_part(o.path, '/', 3)
                from reviews r join organizations o on o.id = r.organization_id
                where r.cycle_id = ?1 and r.status in ('DECIDED', 'PUBLISHED') and o.path like ?2 and r.decided_on <= ?3""")
                .setParameter(1, cycleId)
                .setParameter(2, like(pathPrefix))
                .setParameter(3, asOf)
                .getResultList();
        return rows.stream()
                .map(r -> new Rated(SubjectKind.valueOf((String) r[0]), (UUID) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    private static String like(String pathPrefix) {
        return pathPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
