package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.organization.domain.MeetingMonth;

@ApplicationScoped
public class MeetingMonthRepository implements PanacheRepositoryBase<MeetingMonth, UUID> {

    public Optional<MeetingMonth> find(UUID organizationId, LocalDate month) {
        return find("organizationId = ?1 and month = ?2", organizationId, month).firstResultOptional();
    }

    /**
     * Which of these months (first days) of the organization are recorded. Asked as the range they span: an {@code in}
     * list's query is translated anew for every call, a range's once.
     */
    public List<MeetingMonth> of(UUID organizationId, List<LocalDate> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        Set<LocalDate> wanted = Set.copyOf(months);
        return list(
                        "organizationId = ?1 and month between ?2 and ?3",
                        organizationId,
                        Collections.min(wanted),
                        Collections.max(wanted))
                .stream()
                .filter(m -> wanted.contains(m.month))
                .toList();
    }
}
