package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.OrganizationReplica;

/** Reads of the organization replica; {@code OrganizationEventsHandler} writes it. */
@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {

    /** The organizations with these ids, in one array parameter (see {@link MemberRepository#byNationalIds}). */
    @SuppressWarnings("unchecked")
    public List<OrganizationReplica> byIds(Collection<UUID> ids) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from organizations where id = any(cast(?1 as uuid[]))", OrganizationReplica.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
    }
}
