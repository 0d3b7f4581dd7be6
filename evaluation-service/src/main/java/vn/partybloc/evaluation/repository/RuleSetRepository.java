package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.evaluation.domain.RuleSet;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSet, UUID> {

    /** The rule set in force on a date: the latest that took effect on or before it. */
    public Optional<RuleSet> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1 order by effectiveFrom desc", date).firstResultOptional();
    }

    public List<RuleSet> all() {
        return list("order by effectiveFrom");
    }
}
