package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import vn.partybloc.organization.config.CongressCadenceConfig;

/**
 * Domain rule 8 as data: the congress after one held on a day is due by the cadence in force on that day (a cell whose
 * congress met in 2023 is due under the 2023 cadence, even when a later pilot lengthens it).
 */
@ApplicationScoped
public class CongressCadences {

    /** When the next congress is due, and the rule that says so. */
    public record Due(LocalDate dueOn, int months, String source) {}

    private final CongressCadenceConfig config;

    public CongressCadences(CongressCadenceConfig config) {
        this.config = config;
    }

    public Optional<Due> after(OrganizationType type, LocalDate lastCongress) {
        return config.cadences().stream()
                .filter(c -> c.organizationType() == type)
                .filter(c -> !LocalDate.parse(c.effectiveFrom()).isAfter(lastCongress))
                .max(Comparator.comparing(c -> LocalDate.parse(c.effectiveFrom())))
                .map(c -> new Due(lastCongress.plusMonths(c.months()), c.months(), c.source()));
    }
}
