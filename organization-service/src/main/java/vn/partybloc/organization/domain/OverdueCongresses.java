package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.organization.repository.OrganizationRepository;
import vn.partybloc.organization.repository.TermRepository;

/**
 * The overdue-congress report (domain rule 8): the active organizations of a subtree whose next congress was due before
 * a day, by the cadence of their type, and those with no term of office recorded at all.
 */
@ApplicationScoped
public class OverdueCongresses {

    /** An organization whose congress is overdue on the report's day. */
    public record Overdue(Organization organization, Term lastTerm, LocalDate lastCongress, CongressCadences.Due due) {}

    public record Report(LocalDate asOf, List<Overdue> overdue, List<Organization> withoutTerm) {}

    private final OrganizationRepository organizations;
    private final TermRepository terms;
    private final CongressCadences cadences;

    public OverdueCongresses(OrganizationRepository organizations, TermRepository terms, CongressCadences cadences) {
        this.organizations = organizations;
        this.terms = terms;
        this.cadences = cadences;
    }

    public Report of(String subtreePath, LocalDate asOf) {
        List<Organization> active = organizations.activeInSubtree(subtreePath);
        Map<UUID, Term> latest = terms.latestOf(active.stream().map(o -> o.id).toList()).stream()
                .collect(Collectors.toMap(t -> t.organizationId, Function.identity()));
        List<Overdue> overdue = new ArrayList<>();
        List<Organization> withoutTerm = new ArrayList<>();
        for (Organization o : active) {
            Term term = latest.get(o.id);
            if (term == null) {
                withoutTerm.add(o);
                continue;
            }
            LocalDate held = term.congressDate != null ? term.congressDate : LocalDate.of(term.startYear, 1, 1);
            cadences.after(o.type, held)
                    .filter(due -> due.dueOn().isBefore(asOf))
                    .ifPresent(due -> overdue.add(new Overdue(o, term, held, due)));
        }
        overdue.sort(Comparator.comparing((Overdue d) -> d.due().dueOn()).thenComparing(d -> d.organization().code));
        withoutTerm.sort(Comparator.comparing(o -> o.code));
        return new Report(asOf, overdue, withoutTerm);
    }
}
