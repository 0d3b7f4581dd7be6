package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.partybloc.member.repository.CandidateFlagRepository;
import vn.partybloc.member.repository.ConsequenceRepository;
import vn.partybloc.platform.persistence.SqlValues;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.Periods;

/**
 * What evaluation-service's decisions changed in the register (issue 20, reports): members expelled or struck off,
 * posts ended for discipline, candidates taken out of succession plans, each with the records that decided it. A
 * change the organizer recorded by hand (an expulsion decided outside the system, a removal for a low vote) is listed
 * too, with the decision number it was given and no record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionConsequences {

    private final ConsequenceRepository consequences;
    private final CandidateFlagRepository flags;
    private final OrganizationScope scope;

    public DecisionConsequences(
            ConsequenceRepository consequences, CandidateFlagRepository flags, OrganizationScope scope) {
        this.consequences = consequences;
        this.flags = flags;
        this.scope = scope;
    }

    /** The subtree's consequences in [{@code from}, {@code to}] by day; outside a secretary's subtree 404. */
    public Page<DecisionConsequence> of(
            UUID organizationId,
            LocalDate from,
            LocalDate to,
            ConsequenceKind kind,
            boolean latestFirst,
            int page,
            int size) {
        Periods.requireOrdered(from, to);
        String path = scope.visible(organizationId).path;
        List<Object[]> rows = consequences.page(path, from, to, kind, latestFirst, page * size, size);
        Map<UUID, List<DecisionConsequence.DecidingRecord>> flagged = flagSources(rows);
        List<DecisionConsequence> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            items.add(consequence(row, flagged));
        }
        return new Page<>(items, page, size, consequences.count(path, from, to, kind));
    }

    private static DecisionConsequence consequence(
            Object[] row, Map<UUID, List<DecisionConsequence.DecidingRecord>> flagged) {
        ConsequenceKind kind = ConsequenceKind.valueOf((String) row[0]);
        UUID candidate = (UUID) row[5];
        List<DecisionConsequence.DecidingRecord> decidedBy = new ArrayList<>();
        if (row[8] != null) {
            decidedBy.add(new DecisionConsequence.DecidingRecord(
                    DecidingRecordKind.SCREENING_FINDING, (UUID) row[8], (UUID) row[9]));
        }
        if (row[10] != null) {
            decidedBy.add(
                    new DecisionConsequence.DecidingRecord(DecidingRecordKind.DISCIPLINE_CASE, (UUID) row[10], null));
        }
        if (candidate != null) {
            decidedBy.addAll(flagged.getOrDefault(candidate, List.of()));
        }
        return new DecisionConsequence(
                kind,
                SqlValues.localDate(row[1]),
                (UUID) row[2],
                (UUID) row[3],
                (UUID) row[4],
                candidate,
                (UUID) row[6],
                (String) row[7],
                List.copyOf(decidedBy));
    }

    /** The votes and cases whose flags the page's removed candidates carried, one record per source. */
    private Map<UUID, List<DecisionConsequence.DecidingRecord>> flagSources(List<Object[]> rows) {
        List<UUID> candidates =
                rows.stream().map(row -> (UUID) row[5]).filter(Objects::nonNull).toList();
        Map<UUID, List<DecisionConsequence.DecidingRecord>> sources = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return sources;
        }
        for (CandidateFlag flag : flags.list("candidateId in ?1 order by flaggedOn, recordedAt", candidates)) {
            DecidingRecordKind kind = flag.reason == CandidateFlagReason.DISCIPLINED
                    ? DecidingRecordKind.DISCIPLINE_CASE
                    : DecidingRecordKind.CONFIDENCE_VOTE;
            List<DecisionConsequence.DecidingRecord> records =
                    sources.computeIfAbsent(flag.candidateId, id -> new ArrayList<>());
            if (records.stream().noneMatch(r -> r.id().equals(flag.sourceId))) {
                records.add(new DecisionConsequence.DecidingRecord(kind, flag.sourceId, null));
            }
        }
        return sources;
    }
}
