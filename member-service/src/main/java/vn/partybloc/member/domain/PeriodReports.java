package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.member.repository.PeriodReportRepository;
import vn.partybloc.platform.web.Periods;

/**
 * The organization department's period report, member-service's part (domain.md, reports): committee posts filled and
 * member movements in a subtree during a period.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodReports {

    private final PeriodReportRepository reports;
    private final OrganizationScope scope;

    public PeriodReports(PeriodReportRepository reports, OrganizationScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    public PositionsFilled positionsFilled(UUID organizationId, LocalDate from, LocalDate to) {
        String path = subtree(organizationId, from, to);
        Map<CommitteeKind, Map<PositionKind, Long>> byPosition = new EnumMap<>(CommitteeKind.class);
        Map<CommitteeKind, Map<Appointment, Long>> byAppointment = new EnumMap<>(CommitteeKind.class);
        for (CommitteeKind kind : CommitteeKind.values()) {
            byPosition.put(kind, zeros(PositionKind.class));
            byAppointment.put(kind, zeros(Appointment.class));
        }
        for (Object[] row : reports.positionsStarted(path, from, to)) {
            CommitteeKind kind = CommitteeKind.valueOf((String) row[0]);
            long seats = ((Number) row[3]).longValue();
            byPosition.get(kind).merge(PositionKind.valueOf((String) row[1]), seats, Long::sum);
            byAppointment.get(kind).merge(Appointment.valueOf((String) row[2]), seats, Long::sum);
        }
        Map<CommitteeKind, Long> people = zeros(CommitteeKind.class);
        long everyone = 0;
        for (Object[] row : reports.peopleStarted(path, from, to)) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == null) {
                everyone = count;
            } else {
                people.put(CommitteeKind.valueOf((String) row[0]), count);
            }
        }
        Map<CommitteeKind, PositionsFilled.Kind> byKind = new EnumMap<>(CommitteeKind.class);
        long total = 0;
        for (CommitteeKind kind : CommitteeKind.values()) {
            long seats = sum(byPosition.get(kind));
            total += seats;
            byKind.put(
                    kind,
                    new PositionsFilled.Kind(seats, people.get(kind), byPosition.get(kind), byAppointment.get(kind)));
        }
        return new PositionsFilled(organizationId, from, to, total, everyone, byKind);
    }

    public MemberMovements movements(UUID organizationId, LocalDate from, LocalDate to) {
        String path = subtree(organizationId, from, to);
        Map<MembershipChangeKind, Long> byKind = new EnumMap<>(MembershipChangeKind.class);
        for (MembershipChangeKind kind : MembershipChangeKind.values()) {
            if (MemberMovements.movement(kind)) {
                byKind.put(kind, 0L);
            }
        }
        long inWith = 0, inAlone = 0, outWith = 0, outAlone = 0, within = 0, movedIn = 0, movedOut = 0;
        for (Object[] row : reports.memberChanges(path, from, to)) {
            MembershipChangeKind kind = MembershipChangeKind.valueOf((String) row[0]);
            boolean leftSubtree = (Boolean) row[1];
            boolean reachedSubtree = (Boolean) row[2];
            boolean byOrganization = (Boolean) row[3];
            boolean firstIntoCell = (Boolean) row[4];
            long count = ((Number) row[5]).longValue();
            byKind.merge(kind, count, Long::sum);
            switch (kind) {
                case TRANSFERRED_IN -> {
                    if (firstIntoCell) {
                        inWith += count;
                    } else {
                        inAlone += count;
                    }
                }
                case TRANSFERRED_OUT -> {
                    if (byOrganization) {
                        outWith += count;
                    } else {
                        outAlone += count;
                    }
                }
                case MOVED -> {
                    if (leftSubtree && reachedSubtree) {
                        within += count;
                    } else if (reachedSubtree) {
                        movedIn += count;
                    } else {
                        movedOut += count;
                    }
                }
                default -> {}
            }
        }
        return new MemberMovements(
                organizationId,
                from,
                to,
                byKind,
                new MemberMovements.Transfers(inWith, inAlone),
                new MemberMovements.Transfers(outWith, outAlone),
                new MemberMovements.Moves(within, movedIn, movedOut));
    }

    /** The subtree's path, once the period is known to be one; outside a secretary's subtree 404. */
    private String subtree(UUID organizationId, LocalDate from, LocalDate to) {
        Periods.requireOrdered(from, to);
        return scope.visible(organizationId).path;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0L);
        }
        return map;
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
