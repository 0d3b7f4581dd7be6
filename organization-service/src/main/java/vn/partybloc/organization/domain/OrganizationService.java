package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.organization.events.OrganizationEventData;
import vn.partybloc.organization.events.OrganizationEvents;
import vn.partybloc.organization.repository.MemberReplicaRepository;
import vn.partybloc.organization.repository.OrganizationRepository;
import vn.partybloc.organization.repository.SnapshotRepository;
import vn.partybloc.organization.repository.StructuralChangeRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * The structural changes of the tree. Each command locks what it changes, checks the domain rules, records the change
 * with its decision, appends snapshots for {@code asOf}, and writes its events to the outbox, in one transaction.
 */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final SnapshotRepository snapshots;
    private final StructuralChangeRepository changes;
    private final OrganizationEvents events;
    private final MemberReplicaRepository memberReplica;
    private final Caller caller;
    private final Clock clock;

    public OrganizationService(
            OrganizationRepository organizations,
            SnapshotRepository snapshots,
            StructuralChangeRepository changes,
            OrganizationEvents events,
            MemberReplicaRepository memberReplica,
            Caller caller,
            Clock clock) {
        this.organizations = organizations;
        this.snapshots = snapshots;
        this.changes = changes;
        this.events = events;
        this.memberReplica = memberReplica;
        this.caller = caller;
        this.clock = clock;
    }

    public Organization found(NewOrganization spec, Decision decision) {
        StructuralChange change = newChange(ChangeKind.FOUND, decision);
        Organization created = create(spec, decision, change, SubjectRole.SUBJECT);
        changes.persist(change);
        events.publish(OrganizationEvents.FOUNDED, OrganizationEventData.of(created, change));
        return created;
    }

    public Organization receive(NewOrganization spec, String origin, Decision decision) {
        StructuralChange change = newChange(ChangeKind.TRANSFER_IN, decision);
        change.counterparty = origin;
        Organization received = create(spec, decision, change, SubjectRole.SUBJECT);
        changes.persist(change);
        events.publish(OrganizationEvents.RECEIVED, OrganizationEventData.of(received, change));
        return received;
    }

    public Organization update(UUID id, String ifMatch, OrganizationChanges update, LocalDate effectiveDate) {
        Organization org = lockActive(id);
        ETags.checkIfMatch(ifMatch, org.version);
        if (!org.changedBy(update)) {
            return org;
        }
        LocalDate effective = effectiveDate == null ? LocalDate.now(clock) : effectiveDate;
        Rules.requireOrder(org, effective);
        if (update.code() != null && !update.code().equals(org.code)) {
            requireUniqueCode(update.code());
        }
        org.apply(update);
        StructuralChange change = newChange(ChangeKind.UPDATE, new Decision(null, null, effective))
                .with(org.id, SubjectRole.SUBJECT);
        applied(org, effective);
        changes.persist(change);
        snapshots.record(List.of(org.id), effective);
        events.publish(OrganizationEvents.UPDATED, OrganizationEventData.of(org, change));
        return org;
    }

    /** Transfer within the Bloc: the organization and its whole subtree move under another parent. */
    public Organization move(UUID id, String ifMatch, UUID newParentId, Decision decision) {
        Organization org = lockActive(id);
        ETags.checkIfMatch(ifMatch, org.version);
        Organization parent = lockActive(newParentId);
        Rules.requireNotUnderItself(org, parent);
        Rules.requireAllowedParent(org.type, parent);
        Rules.requireExisted(parent, decision.effectiveDate());
        UUID previousParent = org.parentId;
        List<Organization> all = reparent(org, parent, decision.effectiveDate());
        List<Organization> descendants = all.subList(1, all.size());
        StructuralChange change = newChange(ChangeKind.MOVE, decision).with(org.id, SubjectRole.SUBJECT);
        descendants.forEach(d -> change.with(d.id, SubjectRole.AFFECTED));
        changes.persist(change);
        snapshots.record(ids(all), decision.effectiveDate());
        events.publish(
                OrganizationEvents.MOVED, OrganizationEventData.of(org, change).withPreviousParent(previousParent));
        for (Organization d : descendants) {
            events.publish(OrganizationEvents.MOVED, OrganizationEventData.of(d, change), previousParent);
        }
        return org;
    }

    /** Hands the organization, with its subtree, to a superior outside the Bloc. */
    public Organization transferOut(UUID id, String ifMatch, String destination, Decision decision) {
        Organization org = lockActive(id);
        ETags.checkIfMatch(ifMatch, org.version);
        Rules.requireNotRoot(org, new ProblemMessage("change.transferred-out"));
        List<Organization> descendants = activeOnly(organizations.descendantsForUpdate(org));
        List<Organization> all = concat(org, descendants);
        all.forEach(o -> Rules.requireOrder(o, decision.effectiveDate()));
        StructuralChange change = newChange(ChangeKind.TRANSFER_OUT, decision).with(org.id, SubjectRole.SUBJECT);
        change.counterparty = destination;
        descendants.forEach(d -> change.with(d.id, SubjectRole.AFFECTED));
        all.forEach(o -> end(o, OrganizationStatus.TRANSFERRED_OUT, decision.effectiveDate()));
        changes.persist(change);
        snapshots.record(ids(all), decision.effectiveDate());
        all.forEach(o -> events.publish(OrganizationEvents.TRANSFERRED_OUT, OrganizationEventData.of(o, change)));
        return org;
    }

    /**
     * Splits one organization (without active children) into several new ones under the same parent. At least two:
     * {@code SplitRequest} answers 400 to fewer, before this is called.
     */
    public List<Organization> split(
            UUID id, String ifMatch, List<NewOrganization> into, List<List<UUID>> members, Decision decision) {
        MemberAllocation.requireEachMemberOnce(members);
        Organization source = lockActive(id);
        ETags.checkIfMatch(ifMatch, source.version);
        Rules.requireNotRoot(source, new ProblemMessage("change.split"));
        Rules.requireNoActiveChildren(
                source, organizations.activeChildren(source.id).size(), new ProblemMessage("change.split"));
        Rules.requireOrder(source, decision.effectiveDate());
        StructuralChange change = newChange(ChangeKind.SPLIT, decision).with(source.id, SubjectRole.SOURCE);
        List<Organization> created = new ArrayList<>();
        for (NewOrganization part : into) {
            created.add(create(source.splitPart(part, decision.effectiveDate()), decision, change, SubjectRole.TARGET));
        }
        end(source, OrganizationStatus.SPLIT, decision.effectiveDate());
        changes.persist(change);
        snapshots.record(List.of(source.id), decision.effectiveDate());
        List<UUID> createdIds = ids(created);
        events.publish(
                OrganizationEvents.SPLIT,
                OrganizationEventData.of(source, change)
                        .withSplit(createdIds, null)
                        .withMemberAllocation(MemberAllocation.of(createdIds, members)));
        for (Organization o : created) {
            events.publish(
                    OrganizationEvents.FOUNDED,
                    OrganizationEventData.of(o, change).withSplit(null, source.id));
        }
        return created;
    }

    /**
     * Merges several organizations into one: an existing target (sáp nhập) or a new one founded by the same decision
     * (hợp nhất). The sources' active children move under the target.
     */
    public Organization merge(List<UUID> sourceIds, UUID targetId, NewOrganization newTarget, Decision decision) {
        Rules.requireMergeSources(sourceIds, targetId);
        StructuralChange change = newChange(ChangeKind.MERGE, decision);
        List<Organization> sources = new ArrayList<>();
        for (UUID sourceId : sourceIds.stream().sorted().toList()) {
            Organization source = lockActive(sourceId);
            Rules.requireNotRoot(source, new ProblemMessage("change.merged"));
            Rules.requireOrder(source, decision.effectiveDate());
            sources.add(source);
            change.with(source.id, SubjectRole.SOURCE);
        }
        Organization target;
        boolean founded = targetId == null;
        if (founded) {
            target = create(newTarget, decision, change, SubjectRole.TARGET);
        } else {
            target = lockActive(targetId);
            Rules.requireOrder(target, decision.effectiveDate());
            change.with(target.id, SubjectRole.TARGET);
            applied(target, decision.effectiveDate());
        }
        sources.forEach(source -> Rules.requireTargetOutside(target, source));
        List<Organization> moved = new ArrayList<>();
        Map<UUID, UUID> previousParents = new HashMap<>();
        Map<UUID, UUID> formerSources = new HashMap<>();
        for (Organization source : sources) {
            for (Organization child : organizations.activeChildren(source.id)) {
                Rules.requireAllowedParent(child.type, target);
                previousParents.put(child.id, source.id);
                List<Organization> subtree = reparent(child, target, decision.effectiveDate());
                subtree.forEach(o -> formerSources.put(o.id, source.id));
                moved.addAll(subtree);
            }
        }
        moved.forEach(m -> change.with(m.id, SubjectRole.AFFECTED));
        sources.forEach(s -> end(s, OrganizationStatus.MERGED, decision.effectiveDate()));
        changes.persist(change);
        Set<UUID> touched = new HashSet<>(ids(sources));
        touched.addAll(ids(moved));
        if (!founded) {
            touched.add(target.id);
        }
        snapshots.record(touched, decision.effectiveDate());
        List<UUID> sourceIdList = ids(sources);
        events.publish(
                founded ? OrganizationEvents.FOUNDED : OrganizationEvents.MERGED,
                OrganizationEventData.of(target, change).withMerge(sourceIdList, null));
        for (Organization source : sources) {
            events.publish(
                    OrganizationEvents.MERGED,
                    OrganizationEventData.of(source, change).withMerge(null, target.id));
        }
        for (Organization m : moved) {
            events.publish(
                    OrganizationEvents.MOVED,
                    OrganizationEventData.of(m, change).withPreviousParent(previousParents.get(m.id)),
                    formerSources.get(m.id));
        }
        return target;
    }

    public Organization dissolve(UUID id, String ifMatch, Decision decision) {
        Organization org = lockActive(id);
        ETags.checkIfMatch(ifMatch, org.version);
        Rules.requireNotRoot(org, new ProblemMessage("change.dissolved"));
        Rules.requireNoActiveChildren(
                org, organizations.activeChildren(org.id).size(), new ProblemMessage("change.dissolve"));
        Rules.requireNoMembers(org, memberReplica.onRegisterInSubtree(org.path));
        Rules.requireOrder(org, decision.effectiveDate());
        StructuralChange change = newChange(ChangeKind.DISSOLVE, decision).with(org.id, SubjectRole.SUBJECT);
        end(org, OrganizationStatus.DISSOLVED, decision.effectiveDate());
        changes.persist(change);
        snapshots.record(List.of(org.id), decision.effectiveDate());
        events.publish(OrganizationEvents.DISSOLVED, OrganizationEventData.of(org, change));
        return org;
    }

    private Organization create(NewOrganization spec, Decision decision, StructuralChange change, SubjectRole role) {
        requireUniqueCode(spec.code());
        Organization parent =
                Rules.requirePlace(spec, decision.effectiveDate(), organizations::hasRoot, this::lockActive);
        Organization org = Organization.found(spec, decision, parent);
        org.created(caller.name(), Instant.now());
        organizations.persist(org);
        change.with(org.id, role);
        snapshots.record(List.of(org.id), decision.effectiveDate());
        return org;
    }

    /**
     * Puts {@code child} under {@code parent} with its active descendants (ended ones keep the path they had when they
     * ended: that is where they belong in history). Returns the child first, then the descendants moved with it.
     */
    private List<Organization> reparent(Organization child, Organization parent, LocalDate effective) {
        Rules.requireOrder(child, effective);
        List<Organization> descendants = activeOnly(organizations.descendantsForUpdate(child));
        descendants.forEach(d -> Rules.requireOrder(d, effective));
        child.moveUnder(parent, descendants);
        List<Organization> all = concat(child, descendants);
        all.forEach(o -> applied(o, effective));
        return all;
    }

    private Organization lockActive(UUID id) {
        Organization org =
                organizations.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("organization", id));
        Rules.requireActive(org);
        return org;
    }

    private void requireUniqueCode(String code) {
        if (organizations.existsByCode(code)) {
            throw ProblemException.conflict("organization.code-taken", code);
        }
    }

    private void end(Organization org, OrganizationStatus status, LocalDate effective) {
        org.end(status, effective, caller.name(), Instant.now());
    }

    private void applied(Organization org, LocalDate effective) {
        org.changedOn(effective, caller.name(), Instant.now());
    }

    private StructuralChange newChange(ChangeKind kind, Decision decision) {
        return StructuralChange.of(kind, decision, caller.name(), Instant.now());
    }

    private static List<Organization> activeOnly(List<Organization> list) {
        return list.stream().filter(Organization::isActive).toList();
    }

    private static List<Organization> concat(Organization first, List<Organization> rest) {
        List<Organization> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<UUID> ids(List<Organization> list) {
        return list.stream().map(o -> o.id).toList();
    }
}
