package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.member.domain.Committee;
import vn.partybloc.member.domain.CommitteeKind;

@ApplicationScoped
public class CommitteeRepository implements PanacheRepositoryBase<Committee, UUID> {

    public List<Committee> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by termStartYear desc, kind", organizationId);
    }

    public Optional<Committee> find(UUID organizationId, CommitteeKind kind, int termStartYear) {
        return find("organizationId = ?1 and kind = ?2 and termStartYear = ?3", organizationId, kind, termStartYear)
                .firstResultOptional();
    }
}
