package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.evaluation.domain.Complaint;
import vn.partybloc.evaluation.domain.ComplaintKind;
import vn.partybloc.evaluation.domain.ComplaintTerms;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    /** The complaints about the subtree under {@code path}, of {@code kind} if given, newest first. */
    public List<Complaint> under(String path, ComplaintKind kind) {
        return getEntityManager()
                .createQuery("""
                select c from Complaint c, OrganizationReplica o where o.id = c.organizationId and o.path like :path
                and (:kind is null or c.kind = :kind) order by c.receivedOn desc, c.id""", Complaint.class)
                .setParameter("path", path + "%")
                .setParameter("kind", kind)
                .getResultList();
    }

    public List<ComplaintTerms> terms() {
        return getEntityManager()
                .createQuery("select t from ComplaintTerms t order by t.kind", ComplaintTerms.class)
                .getResultList();
    }

    public Optional<ComplaintTerms> terms(ComplaintKind kind) {
        return Optional.ofNullable(getEntityManager().find(ComplaintTerms.class, kind));
    }
}
