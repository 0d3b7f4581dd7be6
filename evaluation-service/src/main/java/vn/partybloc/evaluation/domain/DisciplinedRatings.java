package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.evaluation.repository.DisciplineCaseRepository;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.web.ProblemException;

/**
 * The rating of a person disciplined in the year (issue 20): where the year's rule set names a level for them (QĐ
 * 124-QĐ/TW, Điều 12 khoản 4 4.3 d: not complete), a decision of another level is refused ({@code REV-DISCIPLINED}),
 * unless they found the fault and finished remedying it themselves. A rule set that names none enforces nothing.
 */
@ApplicationScoped
public class DisciplinedRatings {

    private static final Set<SubjectKind> PERSONS = Set.of(SubjectKind.MEMBER, SubjectKind.COMMITTEE_MEMBER);

    private final DisciplineCaseRepository cases;

    public DisciplinedRatings(DisciplineCaseRepository cases) {
        this.cases = cases;
    }

    /** The members among {@code memberIds} whose discipline weighs on the rating of {@code year}, in one query. */
    public Set<UUID> disciplinedIn(int year, Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        List<?> found = cases.getEntityManager()
                .createNativeQuery("""
                        select distinct member_id from discipline_cases where member_id = any(cast(?1 as uuid[]))
                        and status = 'DECIDED' and extract(year from decided_on) = ?2 and not self_remedied""")
                .setParameter(1, ManyIds.array(memberIds))
                .setParameter(2, year)
                .getResultList();
        Set<UUID> disciplined = new HashSet<>();
        found.forEach(id -> disciplined.add((UUID) id));
        return disciplined;
    }

    public void check(RuleSet rules, ReviewCycle cycle, SubjectKind kind, UUID subjectId, Level level) {
        if (applies(rules, kind)) {
            check(rules, cycle, kind, subjectId, level, disciplinedIn(cycle.year, List.of(subjectId)));
        }
    }

    /** As {@link #check(RuleSet, ReviewCycle, SubjectKind, UUID, Level)}, with the year's disciplined already read. */
    public void check(
            RuleSet rules, ReviewCycle cycle, SubjectKind kind, UUID subjectId, Level level, Set<UUID> disciplined) {
        if (applies(rules, kind) && disciplined.contains(subjectId) && level != rules.disciplinedMemberLevel) {
            throw ProblemException.rule(
                    Rules.DISCIPLINED_RATING,
                    "review.disciplined",
                    cycle.year,
                    rules.documents,
                    rules.disciplinedMemberLevel);
        }
    }

    public static boolean applies(RuleSet rules, SubjectKind kind) {
        return rules.disciplinedMemberLevel != null && PERSONS.contains(kind);
    }
}
