package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.organization.events.OrganizationEventData;
import vn.partybloc.organization.events.OrganizationEvents;
import vn.partybloc.organization.repository.OrganizationRepository;
import vn.partybloc.organization.repository.SnapshotRepository;
import vn.partybloc.organization.repository.StructuralChangeRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.BatchRefusals;
import vn.partybloc.platform.web.ProblemException;

/**
 * Founds many organizations in one transaction, each under a parent that exists before the batch (a whole tree goes
 * level by level), each with its own decision and FOUND change, exactly as one founding at a time would record them.
 * All or nothing: any bad item refuses the batch, and the answer lists every bad item. The checks read the codes and
 * the parents once for the whole batch, and the writes go in batches.
 */
@ApplicationScoped
@Transactional
public class FoundingBatchService {

    /** The most organizations one batch founds: the outbox's commit-order lock is held until the batch commits. */
    public static final int MAX_ITEMS = 1000;

    public record Founding(NewOrganization organization, Decision decision) {}

    private final OrganizationRepository organizations;
    private final SnapshotRepository snapshots;
    private final StructuralChangeRepository changes;
    private final OrganizationEvents events;
    private final Caller caller;

    public FoundingBatchService(
            OrganizationRepository organizations,
            SnapshotRepository snapshots,
            StructuralChangeRepository changes,
            OrganizationEvents events,
            Caller caller) {
        this.organizations = organizations;
        this.snapshots = snapshots;
        this.changes = changes;
        this.events = events;
        this.caller = caller;
    }

    /** The organizations founded, in the order of {@code foundings}. */
    public List<Organization> foundAll(List<Founding> foundings) {
        Set<String> taken = organizations.takenCodes(
                foundings.stream().map(f -> f.organization().code()).collect(Collectors.toSet()));
        Map<UUID, Organization> parents = organizations
                .findAllForUpdate(foundings.stream()
                        .map(f -> f.organization().parentId())
                        .filter(id -> id != null)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        boolean rootExists = organizations.hasRoot();
        Set<String> codes = new HashSet<>();
        BatchRefusals refusals = new BatchRefusals();
        List<Organization> founded = new ArrayList<>(foundings.size());
        for (int i = 0; i < foundings.size(); i++) {
            Founding founding = foundings.get(i);
            NewOrganization spec = founding.organization();
            try {
                if (taken.contains(spec.code()) || !codes.add(spec.code())) {
                    throw ProblemException.conflict("organization.code-taken", spec.code());
                }
                boolean root = rootExists;
                Organization parent = Rules.requirePlace(
                        spec, founding.decision().effectiveDate(), () -> root, id -> activeParent(id, parents));
                founded.add(Organization.found(spec, founding.decision(), parent));
            } catch (ProblemException e) {
                refusals.refuse(i, e);
            }
            rootExists |= spec.type() == OrganizationType.BLOC_COMMITTEE;
        }
        refusals.throwIfAny(Rules.BATCH, foundings.size());
        record(foundings, founded);
        return founded;
    }

    private static Organization activeParent(UUID id, Map<UUID, Organization> parents) {
        Organization parent = parents.get(id);
        if (parent == null) {
            throw ProblemException.notFound("organization", id);
        }
        Rules.requireActive(parent);
        return parent;
    }

    private void record(List<Founding> foundings, List<Organization> founded) {
        String actor = caller.name();
        Instant now = Instant.now();
        Map<LocalDate, List<UUID>> byEffectiveDate = new LinkedHashMap<>();
        List<OrganizationEventData> data = new ArrayList<>(founded.size());
        List<StructuralChange> recorded = new ArrayList<>(founded.size());
        for (int i = 0; i < founded.size(); i++) {
            Organization org = founded.get(i);
            Decision decision = foundings.get(i).decision();
            org.created(actor, now);
            organizations.persist(org);
            StructuralChange change =
                    StructuralChange.of(ChangeKind.FOUND, decision, actor, now).with(org.id, SubjectRole.SUBJECT);
            recorded.add(change);
            byEffectiveDate
                    .computeIfAbsent(decision.effectiveDate(), d -> new ArrayList<>())
                    .add(org.id);
            data.add(OrganizationEventData.of(org, change));
        }
        changes.persist(recorded);
        byEffectiveDate.forEach((effective, ids) -> snapshots.record(ids, effective));
        events.publishAll(OrganizationEvents.FOUNDED, data);
    }
}
