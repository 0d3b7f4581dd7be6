package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.member.repository.StatisticsRepository;

/** The member figures of a subtree the Bloc reports (domain.md, reports): counts and qualification shares. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    private final StatisticsRepository statistics;
    private final Clock clock;
    private final OrganizationScope scope;
    private final GrassrootsCommitteeFigures grassroots;

    public StatisticsService(
            StatisticsRepository statistics,
            OrganizationScope scope,
            GrassrootsCommitteeFigures grassroots,
            Clock clock) {
        this.statistics = statistics;
        this.scope = scope;
        this.grassroots = grassroots;
        this.clock = clock;
    }

    /** The figures now ({@code asOf} null) or at the end of {@code asOf}. */
    public MemberStatistics of(UUID organizationId, LocalDate asOf) {
        String path = scope.visible(organizationId).path;
        Map<String, Long> byStatus = statistics.members(path, "status", asOf);
        Map<String, Long> byDegree = statistics.committeeMembers(path, "degree", asOf);
        long committeeMembers =
                byDegree.values().stream().mapToLong(Long::longValue).sum();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return new MemberStatistics(
                organizationId,
                day,
                new MemberStatistics.Members(
                        byStatus.getOrDefault(MemberStatus.ACTIVE.name(), 0L)
                                + byStatus.getOrDefault(MemberStatus.EXEMPT.name(), 0L),
                        byStatus,
                        statistics.membersOnTheRegister(path, "membership_kind", asOf),
                        levels(path, QualificationKind.STATE_MANAGEMENT, asOf),
                        levels(path, QualificationKind.FOREIGN_LANGUAGE, asOf),
                        levels(path, QualificationKind.IT, asOf)),
                new MemberStatistics.CommitteeMembers(
                        committeeMembers,
                        statistics.positions(path, asOf),
                        byDegree,
                        statistics.committeeMembers(path, "academic_title", asOf),
                        statistics.committeeMembers(path, "political_theory", asOf),
                        share(byDegree.getOrDefault("DOCTOR", 0L), committeeMembers),
                        share(byDegree.getOrDefault("MASTER", 0L), committeeMembers)),
                grassroots.of(statistics.grassrootsSeats(path, day), day));
    }

    private QualificationLevels levels(String path, QualificationKind kind, LocalDate asOf) {
        return QualificationLevels.of(statistics.qualifications(path, kind, asOf));
    }

    private static double share(long part, long whole) {
        return Shares.percent(part, whole);
    }
}
