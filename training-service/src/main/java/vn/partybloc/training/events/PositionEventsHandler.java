package vn.partybloc.training.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.PositionState;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;
import vn.partybloc.training.domain.ObligationService;

/**
 * Keeps the replica of committee positions from member-service's position events, and drives training obligations:
 * a {@code CommitteePositionStarted} with {@code newToCommittee: true} opens one; an ended position closes it.
 */
@ApplicationScoped
public class PositionEventsHandler extends ReplicaEventsHandlerBase {

    @Inject
    ObligationService obligations;

    public PositionEventsHandler() {
        super("positions", Topics.POSITIONS);
    }

    /**
     * A poll is applied in one transaction. Its members are locked first, in id order as every writer of obligations
     * locks them (ObligationRepository.lockMembers): locked one by one in the events' order, a poll with two members'
     * positions deadlocked with a course's completions naming both (found by the e2e demo load).
     */
    @Override
    protected void positionsPolled(List<PositionState> states) {
        obligations.lockMembers(states.stream().map(PositionState::memberId).toList());
    }

    @Override
    protected void positionsApplied(List<Applied<PositionState>> positions) {
        // Only the start carries newToCommittee (member-service sends false on the end), so the flag is read from the
        // event, not from the replica; whatever order the events come in, the obligation ends up the same.
        obligations.positionsChanged(
                positions.stream()
                        .filter(p -> PositionState.STARTED.equals(p.event().type())
                                && p.state().newToCommittee())
                        .map(Applied::state)
                        .toList(),
                positions.stream().map(p -> p.state().positionId()).distinct().toList());
    }
}
