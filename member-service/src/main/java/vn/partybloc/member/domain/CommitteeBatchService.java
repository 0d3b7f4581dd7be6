package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.member.events.MemberEvents;
import vn.partybloc.member.repository.CommitteeRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.BatchRefusals;
import vn.partybloc.platform.web.ProblemException;

/**
 * The committees of many organizations formed at once, as a wave of congresses elects a term's committees: each checked
 * as {@link CommitteeService#form} checks one and recorded as it records one, with its {@code CommitteeFormed}. All or
 * nothing. The organizations and the committees they already have are read once for the batch.
 */
@ApplicationScoped
@Transactional
public class CommitteeBatchService {

    /** The most committees one batch forms: the outbox's commit-order lock is held until the batch commits. */
    public static final int MAX_ITEMS = 1000;

    public record NewCommittee(UUID organizationId, CommitteeKind kind, int termStartYear, int termEndYear) {}

    private final CommitteeRepository committees;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final MemberEvents events;
    private final Caller caller;

    public CommitteeBatchService(
            CommitteeRepository committees,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            MemberEvents events,
            Caller caller) {
        this.committees = committees;
        this.organizations = organizations;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    /** The committees formed, in the order of {@code items}. */
    public List<Committee> formAll(List<NewCommittee> items) {
        Set<UUID> organizationIds =
                items.stream().map(NewCommittee::organizationId).collect(Collectors.toSet());
        organizations.byIds(organizationIds); // into the session, where the scope's checks find them
        Set<Committee.Key> taken = committees.ofOrganizations(organizationIds).stream()
                .map(Committee::key)
                .collect(Collectors.toCollection(HashSet::new));
        BatchRefusals refusals = new BatchRefusals();
        String actor = caller.name();
        Instant now = Instant.now();
        List<Committee> formed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NewCommittee item = items.get(i);
            try {
                CommitteeService.requireFormable(scope.visible(item.organizationId()), item.kind());
                Committee c = Committee.formed(
                        item.organizationId(), item.kind(), item.termStartYear(), item.termEndYear(), actor, now);
                if (!taken.add(c.key())) {
                    throw ProblemException.conflict("committee.exists", item.kind(), item.termStartYear());
                }
                formed.add(c);
            } catch (ProblemException e) {
                refusals.refuse(i, e);
            }
        }
        refusals.throwIfAny(Rules.COMMITTEE_BATCH, items.size());
        committees.persist(formed);
        committees.flush();
        events.committees("CommitteeFormed", formed);
        return formed;
    }
}
