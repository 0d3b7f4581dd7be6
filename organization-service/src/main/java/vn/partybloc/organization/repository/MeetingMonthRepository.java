package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Which of these months (first days) of the organization are recorded. */
    public List<MeetingMonth> of(UUID organizationId, List<LocalDate> months) {
        return list("organizationId = ?1 and month in ?2", organizationId, months);
    }
}
