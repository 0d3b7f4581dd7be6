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
        RegisterCounts register = statistics.register(path, asOf);
        Map<String, Long> byStatus = register.byStatus();
        CommitteeMemberCounts committee = statistics.committeeMembers(path, asOf);
        Map<String, Long> byDegree = committee.byDegree();
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
                        register.onTheRegisterByKind(),
                        levels(register, QualificationKind.STATE_MANAGEMENT),
                        levels(register, QualificationKind.FOREIGN_LANGUAGE),
                        levels(register, QualificationKind.IT)),
                new MemberStatistics.CommitteeMembers(
                        committeeMembers,
                        statistics.positions(path, asOf),
                        byDegree,
                        committee.byAcademicTitle(),
                        committee.byPoliticalTheory(),
                        share(byDegree.getOrDefault("DOCTOR", 0L), committeeMembers),
                        share(byDegree.getOrDefault("MASTER", 0L), committeeMembers)),
                grassroots.of(statistics.grassrootsSeats(path, day), day));
    }

    private static QualificationLevels levels(RegisterCounts register, QualificationKind kind) {
        return QualificationLevels.of(register.qualifications().get(kind));
    }

    private static double share(long part, long whole) {
        return Shares.percent(part, whole);
    }
}
