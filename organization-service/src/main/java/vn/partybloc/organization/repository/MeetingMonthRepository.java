package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.organization.domain.MeetingMonth;

@ApplicationScoped
public class MeetingMonthRepository implements PanacheRepositoryBase<MeetingMonth, UUID> {

    public Optional<MeetingMonth> find(UUID organizationId, LocalDate month) {
        return find("organizationId = ?1 and month = ?2", organizationId, month).firstResultOptional();
    }

    public Optional<MeetingMonth> findForUpdate(UUID organizationId, LocalDate month) {
        return find("organizationId = ?1 and month = ?2", organizationId, month)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The recorded months of an organization in [from, to] (first days of months), oldest first. */
    public List<MeetingMonth> between(UUID organizationId, LocalDate from, LocalDate to) {
        return list("organizationId = ?1 and month >= ?2 and month <= ?3 order by month", organizationId, from, to);
    }
}
