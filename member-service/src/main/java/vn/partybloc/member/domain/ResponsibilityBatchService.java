package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.member.events.MemberEvents;
import vn.partybloc.member.repository.CommitteeRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.member.repository.PositionRepository;
import vn.partybloc.member.repository.ResponsibilityRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.BatchRefusals;
import vn.partybloc.platform.web.ProblemException;

/**
 * A committee's division of work (phân công nhiệm vụ) recorded at once: many responsibilities of its seats, each checked
 * as {@link CommitteeService#assign} checks one and recorded as it records one. All or nothing. Each seat given
 * responsibilities gets one new version and one {@code ResponsibilityAssigned} carrying all its responsibilities, not
 * one per item: the consumers' work follows the seats, not the items.
 */
@ApplicationScoped
@Transactional
public class ResponsibilityBatchService {

    /** The most responsibilities one batch assigns: the outbox's commit-order lock is held until the batch commits. */
    public static final int MAX_ITEMS = 1000;

    public record NewResponsibility(
            UUID positionId, String field, UUID followedOrganizationId, boolean attendsMeetings) {}

    private final CommitteeRepository committees;
    private final PositionRepository positions;
    private final ResponsibilityRepository responsibilities;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final MemberEvents events;
    private final Caller caller;

    public ResponsibilityBatchService(
            CommitteeRepository committees,
            PositionRepository positions,
            ResponsibilityRepository responsibilities,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            MemberEvents events,
            Caller caller) {
        this.committees = committees;
        this.positions = positions;
        this.responsibilities = responsibilities;
        this.organizations = organizations;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    /** The responsibilities assigned, in the order of {@code items}. */
    public List<Responsibility> assignAll(UUID committeeId, List<NewResponsibility> items) {
        Committee committee = committees
                .findByIdOptional(committeeId)
                .orElseThrow(() -> ProblemException.notFound("committee", committeeId));
        OrganizationReplica org = scope.holding("committee", committeeId, committee.organizationId);
        Map<UUID, Position> seats =
                positions.ofCommittee(committeeId).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, OrganizationReplica> followed = organizations
                .byIds(items.stream()
                        .map(NewResponsibility::followedOrganizationId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        BatchRefusals refusals = new BatchRefusals();
        String actor = caller.name();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Responsibility> assigned = new ArrayList<>(items.size());
        Map<UUID, Position> touched = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            NewResponsibility item = items.get(i);
            try {
                Position seat = seats.get(item.positionId());
                if (seat == null) {
                    throw ProblemException.notFound("position", item.positionId());
                }
                Responsibility.requireHeld(seat);
                if (item.followedOrganizationId() != null) {
                    Responsibility.requireFollowable(org, followedCell(item.followedOrganizationId(), followed));
                }
                // A microsecond apart, the precision of the column, so that a seat's list reads in the items' order.
                Instant recordedAt = now.plus(i, ChronoUnit.MICROS);
                assigned.add(Responsibility.of(
                        seat.id,
                        item.field(),
                        item.followedOrganizationId(),
                        item.attendsMeetings(),
                        actor,
                        recordedAt));
                touched.put(seat.id, seat);
            } catch (ProblemException e) {
                refusals.refuse(i, e);
            }
        }
        refusals.throwIfAny(Rules.RESPONSIBILITY_BATCH, items.size());
        responsibilities.persist(assigned);
        touched.values().forEach(seat -> seat.touch(actor, now));
        positions.flush();
        events.responsibilitiesAssigned(touched.values(), committee);
        return assigned;
    }

    private OrganizationReplica followedCell(UUID id, Map<UUID, OrganizationReplica> followed) {
        OrganizationReplica cell = followed.get(id);
        if (cell == null || !scope.inScope(cell)) {
            throw ProblemException.notFound("organization", id);
        }
        return cell;
    }
}
