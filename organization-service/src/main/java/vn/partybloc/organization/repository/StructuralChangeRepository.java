package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.organization.domain.StructuralChange;

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
}
