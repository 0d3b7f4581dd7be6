package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.contracts.events.PositionState;
import vn.partybloc.training.config.TrainingConfig;
import vn.partybloc.training.events.TrainingEvents;
import vn.partybloc.training.events.TrainingEvents.Announced;
import vn.partybloc.training.repository.EnrollmentRepository;
import vn.partybloc.training.repository.ObligationRepository;
import vn.partybloc.training.repository.PositionReplicaRepository;

/**
 * Training obligations of newly added committee members: opened by a new position, fulfilled by completing a matching
 * course on or after the position's start, closed when the position ends before the due date, overdue once the due
 * date has passed untrained. Every step is idempotent, so duplicates and reordered events converge.
 */
@ApplicationScoped
@Transactional
public class ObligationService {

    private final ObligationRepository obligations;
    private final EnrollmentRepository enrollments;
    private final PositionReplicaRepository positions;
    private final TrainingEvents events;
    private final TrainingConfig config;

    public ObligationService(
            ObligationRepository obligations,
            EnrollmentRepository enrollments,
            PositionReplicaRepository positions,
            TrainingEvents events,
            TrainingConfig config) {
        this.obligations = obligations;
        this.enrollments = enrollments;
        this.positions = positions;
        this.events = events;
        this.config = config;
    }

    /**
     * Applies a run of position events: opens the obligation of each position in {@code opening} (new to its holder)
     * that has none yet, fulfilled at once by a course completed since the start; then closes the pending obligations
     * of {@code changed} whose position, as the replica now holds it, ended before the due date. The caller holds the
     * members' locks ({@link #lockMembers}).
     */
    public void positionsChanged(List<PositionState> opening, Collection<UUID> changed) {
        List<Announced> announcements = new ArrayList<>();
        open(opening, announcements);
        close(changed, announcements);
        // Events go out last, after every row change: the outbox's commit-order lock is always taken after row locks.
        events.obligations(announcements);
    }

    private void open(List<PositionState> opening, List<Announced> announcements) {
        Map<UUID, PositionState> byPosition = new LinkedHashMap<>();
        opening.forEach(position -> byPosition.putIfAbsent(position.positionId(), position));
        Set<UUID> existing = obligations.withObligation(byPosition.keySet());
        List<TrainingObligation> opened = byPosition.values().stream()
                .filter(position -> !existing.contains(position.positionId()))
                .map(this::obligation)
                .toList();
        if (opened.isEmpty()) {
            return;
        }
        obligations.persist(opened);
        obligations.flush();
        Map<UUID, List<Enrollment>> completions = enrollments
                .completionsOf(
                        opened.stream().map(o -> o.memberId).toList(),
                        config.obligation().matchingTopics(),
                        opened.stream()
                                .map(o -> o.startsOn)
                                .min(LocalDate::compareTo)
                                .orElseThrow())
                .stream()
                .collect(Collectors.groupingBy(e -> e.memberId));
        for (TrainingObligation o : opened) {
            announcements.add(new Announced(TrainingEvents.OBLIGATION_OPENED, TrainingEvents.snapshot(o)));
            completions.getOrDefault(o.memberId, List.of()).stream()
                    .filter(completion -> !completion.completedOn.isBefore(o.startsOn))
                    .findFirst()
                    .ifPresent(completion -> {
                        fulfil(o, completion);
                        announcements.add(
                                new Announced(TrainingEvents.OBLIGATION_FULFILLED, TrainingEvents.snapshot(o)));
                    });
        }
    }

    private TrainingObligation obligation(PositionState position) {
        TrainingObligation o = new TrainingObligation();
        o.id = UUID.randomUUID();
        o.memberId = position.memberId();
        o.positionId = position.positionId();
        o.organizationId = position.organizationId();
        o.committeeKind = position.committeeKind();
        o.position = position.position();
        o.startsOn = position.startsOn();
        o.dueOn = position.startsOn().plusMonths(config.obligation().dueMonths());
        o.status = ObligationStatus.OPEN;
        o.createdAt = Instant.now();
        o.updatedAt = o.createdAt;
        return o;
    }

    private void close(Collection<UUID> changed, List<Announced> announcements) {
        List<TrainingObligation> closing = obligations.closingOfPositionsForUpdate(changed);
        if (closing.isEmpty()) {
            return;
        }
        Map<UUID, PositionReplica> replica = positions
                .byIds(closing.stream().map(o -> o.positionId).toList())
                .stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        for (TrainingObligation o : closing) {
            PositionReplica p = replica.get(o.positionId);
            o.status = ObligationStatus.CLOSED;
            o.closedOn = p.endsOn;
            o.closeReason = "POSITION_ENDED" + (p.endReason == null ? "" : ": " + p.endReason);
            o.updatedAt = Instant.now();
            announcements.add(new Announced(TrainingEvents.OBLIGATION_CLOSED, TrainingEvents.snapshot(o)));
        }
    }

    /** Serialises the obligation changes of these members until the transaction ends. */
    public void lockMembers(Collection<UUID> memberIds) {
        obligations.lockMembers(memberIds);
    }

    /**
     * Fulfils the pending obligations these completions satisfy (a matching topic, completed on or after the start) and
     * returns them; the caller publishes their events after its own row changes. The caller holds the members' locks.
     */
    public List<TrainingObligation> completed(Course course, Collection<Enrollment> completions) {
        if (!config.obligation().matchingTopics().contains(course.topic) || completions.isEmpty()) {
            return List.of();
        }
        Map<UUID, Enrollment> byMember = completions.stream().collect(Collectors.toMap(e -> e.memberId, e -> e));
        LocalDate latest = completions.stream()
                .map(e -> e.completedOn)
                .max(LocalDate::compareTo)
                .orElseThrow();
        List<TrainingObligation> fulfilled = new ArrayList<>();
        for (TrainingObligation o : obligations.pendingOf(byMember.keySet(), latest)) {
            Enrollment completion = byMember.get(o.memberId);
            if (!completion.completedOn.isBefore(o.startsOn)) {
                fulfil(o, completion);
                fulfilled.add(o);
            }
        }
        obligations.flush();
        return fulfilled;
    }

    /** Marks open obligations past their due date overdue and announces each once. */
    public int markOverdue(LocalDate today) {
        List<TrainingObligation> due = obligations.openDueBefore(today);
        for (TrainingObligation o : due) {
            o.status = ObligationStatus.OVERDUE;
            o.updatedAt = Instant.now();
        }
        obligations.flush();
        due.forEach(o -> events.obligation(TrainingEvents.OBLIGATION_OVERDUE, o));
        return due.size();
    }

    private void fulfil(TrainingObligation o, Enrollment completion) {
        o.status = ObligationStatus.FULFILLED;
        o.fulfilledByEnrollment = completion.id;
        o.fulfilledOn = completion.completedOn;
        o.updatedAt = Instant.now();
    }
}
