package vn.partybloc.contracts.replica;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.CommitteeState;
import vn.partybloc.contracts.events.EventData;
import vn.partybloc.contracts.events.MemberState;
import vn.partybloc.contracts.events.OrganizationState;
import vn.partybloc.contracts.events.PositionState;
import vn.partybloc.platform.inbox.BatchEventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.platform.inbox.PoisonEventException;

/**
 * Keeps this service's replicas from the events of the topics it names: every organization, member, committee and
 * position event carries the full state and version, so applying one is a version-guarded upsert
 * ({@link ReplicaUpserts}). A service makes it a CDI bean with an {@code @ApplicationScoped} subclass that names its
 * consumer and topics, and overrides a hook where an applied event drives more of its own work.
 */
public abstract class ReplicaEventsHandlerBase implements BatchEventHandler {

    @Inject
    protected EntityManager entityManager;

    private final String name;
    private final Set<String> topics;

    /**
     * @param name the consumer's name: its Kafka consumer group and inbox key (changing it replays the topics)
     */
    protected ReplicaEventsHandlerBase(String name, String... topics) {
        this.name = name;
        this.topics = Set.of(topics);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public void handle(IncomingEvent event) {
        if (Topics.ORGANIZATIONS.equals(event.topic()) && event.type().startsWith("Term")) {
            return; // a term event carries a term of office, not an organization's state
        }
        EventData data = EventData.of(event.type(), event.data());
        switch (event.topic()) {
            case Topics.ORGANIZATIONS -> {
                OrganizationState state = OrganizationState.from(data);
                ReplicaUpserts.organization(entityManager, state);
                organizationApplied(event, state);
            }
            case Topics.MEMBERS -> {
                MemberState state = MemberState.from(data);
                ReplicaUpserts.member(entityManager, state);
                memberApplied(event, state);
            }
            case Topics.COMMITTEES -> ReplicaUpserts.committee(entityManager, CommitteeState.from(data));
            case Topics.POSITIONS -> {
                PositionState state = PositionState.from(data);
                positionsPolled(List.of(state));
                ReplicaUpserts.position(entityManager, state);
                positionsApplied(List.of(new Applied<>(event, state)));
            }
            default -> throw new PoisonEventException("unexpected topic " + event.topic());
        }
    }

    /**
     * A run of member and committee events is upserted in one statement per table, then {@link #memberApplied} is called
     * for each member event in order; a run of organization events likewise, with {@link #organizationApplied}; a run of
     * position events in a few statements ({@link ReplicaUpserts#positions}), then {@link #positionsApplied} once for
     * the run. An organization event the handler {@linkplain #appliedAlone applies alone} is applied on its own, after
     * the events before it and before the ones after it. The poll's position states are handed to
     * {@link #positionsPolled} before any of it is applied.
     */
    @Override
    public void handleAll(List<IncomingEvent> events) {
        List<Applied<PositionState>> positions = events.stream()
                .filter(event -> Topics.POSITIONS.equals(event.topic()))
                .map(event -> new Applied<>(event, PositionState.from(data(event))))
                .toList();
        if (!positions.isEmpty()) {
            positionsPolled(positions.stream().map(Applied::state).toList());
        }
        Iterator<Applied<PositionState>> nextPosition = positions.iterator();
        Pending pending = new Pending();
        List<Applied<PositionState>> positionRun = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (!Topics.POSITIONS.equals(event.topic())) {
                applyPositions(positionRun);
            }
            switch (event.topic()) {
                case Topics.MEMBERS, Topics.COMMITTEES -> {
                    if (!pending.organizations.isEmpty()) {
                        write(pending);
                    }
                    if (Topics.MEMBERS.equals(event.topic())) {
                        pending.members.add(new Applied<>(event, MemberState.from(data(event))));
                    } else {
                        pending.committees.add(CommitteeState.from(data(event)));
                    }
                }
                case Topics.ORGANIZATIONS -> {
                    if (event.type().startsWith("Term")) {
                        continue; // a term event carries a term of office, not an organization's state
                    }
                    if (appliedAlone(event)) {
                        applyAlone(pending, event);
                        continue;
                    }
                    if (!pending.members.isEmpty() || !pending.committees.isEmpty()) {
                        write(pending);
                    }
                    pending.organizations.add(new Applied<>(event, OrganizationState.from(data(event))));
                }
                case Topics.POSITIONS -> {
                    write(pending);
                    positionRun.add(nextPosition.next());
                }
                default -> applyAlone(pending, event);
            }
        }
        write(pending);
        applyPositions(positionRun);
    }

    /**
     * True for an organization event whose {@link #organizationApplied} hook reads what the events before it in the same
     * poll left elsewhere than in its own organization's row (another organization, members): it is applied alone.
     */
    protected boolean appliedAlone(IncomingEvent event) {
        return false;
    }

    private void applyAlone(Pending pending, IncomingEvent event) {
        write(pending);
        handle(event);
        entityManager.flush();
        entityManager.clear();
    }

    private void applyPositions(List<Applied<PositionState>> run) {
        if (run.isEmpty()) {
            return;
        }
        ReplicaUpserts.positions(entityManager, run.stream().map(Applied::state).toList());
        positionsApplied(List.copyOf(run));
        entityManager.flush();
        entityManager.clear();
        run.clear();
    }

    private void write(Pending pending) {
        ReplicaUpserts.upsertAll(
                entityManager,
                "members",
                pending.members.stream()
                        .map(member -> ReplicaUpserts.memberRow(member.state()))
                        .toList());
        ReplicaUpserts.upsertAll(
                entityManager,
                "committees",
                pending.committees.stream().map(ReplicaUpserts::committeeRow).toList());
        ReplicaUpserts.upsertAll(
                entityManager,
                "organizations",
                pending.organizations.stream()
                        .map(organization -> ReplicaUpserts.organizationRow(organization.state()))
                        .toList());
        pending.members.forEach(member -> memberApplied(member.event(), member.state()));
        pending.organizations.forEach(organization -> organizationApplied(organization.event(), organization.state()));
        pending.members.clear();
        pending.committees.clear();
        pending.organizations.clear();
    }

    /** An event and the state it carries. */
    protected record Applied<S>(IncomingEvent event, S state) {}

    /** Events read from a poll and not written yet: members and committees, or organizations, never both. */
    private static final class Pending {
        final List<Applied<MemberState>> members = new ArrayList<>();
        final List<CommitteeState> committees = new ArrayList<>();
        final List<Applied<OrganizationState>> organizations = new ArrayList<>();
    }

    private static EventData data(IncomingEvent event) {
        return EventData.of(event.type(), event.data());
    }

    /** Called after a member event was applied (or found older than the replica). */
    protected void memberApplied(IncomingEvent event, MemberState state) {}

    /**
     * Called after an organization event was applied (or found older than the replica): in a batch, after the run of
     * organization events it came in was written; override {@link #appliedAlone} for an event whose hook must see the
     * replica as the events before it left it.
     */
    protected void organizationApplied(IncomingEvent event, OrganizationState state) {}

    /**
     * Called once for a poll that holds position events, before any of its events is applied, with their states in the
     * poll's order (and for a position event handled alone, with its state): where applying them locks rows or keys
     * that other writers lock too, take those locks here, all at once and in the others' order.
     */
    protected void positionsPolled(List<PositionState> states) {}

    /**
     * Called after a run of position events was applied (each found older than the replica or written), with the run's
     * events in order: the replica holds the newest state of each position, whichever event of the run brought it.
     */
    protected void positionsApplied(List<Applied<PositionState>> positions) {}
}
