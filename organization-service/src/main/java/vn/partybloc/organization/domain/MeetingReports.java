package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.organization.config.MeetingRulesConfig;
import vn.partybloc.organization.domain.MeetingReport.Attendance;
import vn.partybloc.organization.domain.MeetingReport.CellLine;
import vn.partybloc.organization.domain.MeetingReport.RuleApplied;
import vn.partybloc.organization.repository.MeetingReportRepository;
import vn.partybloc.organization.repository.MeetingReportRepository.Cell;
import vn.partybloc.organization.repository.MeetingReportRepository.CellMonth;
import vn.partybloc.organization.repository.MeetingReportRepository.Scope;
import vn.partybloc.platform.web.Page;

/**
 * Builds the meetings report of a subtree: its active cells as of the period's end (or today), the meetings held in
 * the period's months. A month is judged once it has ended and only for a cell founded by its first day; a quarter
 * once its three months are judged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingReports {

    public static final String REGULAR_RULE = "MTG-REGULAR-MONTHLY";
    public static final String THEMATIC_RULE = "MTG-THEMATIC-QUARTERLY";
    public static final String ABSENCE_RULE = "MTG-ABSENCE-THREE-MONTHS";

    private final OrganizationQueries queries;
    private final MeetingReportRepository repository;
    private final MeetingRulesConfig rules;
    private final Clock clock;

    public MeetingReports(
            OrganizationQueries queries, MeetingReportRepository repository, MeetingRulesConfig rules, Clock clock) {
        this.queries = queries;
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
    }

    /** The twelve months ending with {@code asOf}'s month (default today): the overview's meetings section. */
    public MeetingReport.Year year(UUID organizationId, LocalDate asOf) {
        YearMonth to = YearMonth.from(asOf == null ? LocalDate.now(clock) : asOf);
        MeetingReport report = of(organizationId, to.minusMonths(11), to);
        return new MeetingReport.Year(
                report.organizationId(),
                report.from(),
                report.to(),
                report.judgedMonths(),
                report.rules(),
                report.summary());
    }

    /**
     * A page of the members with attendance recorded in the period at meetings of the subtree's cells, the lowest share
     * present first; the period as for {@link #of}.
     */
    public Page<MeetingReport.MemberLine> members(
            UUID organizationId, YearMonth from, YearMonth to, int page, int size) {
        Scope scope = scope(organizationId, from, to);
        List<MeetingReport.MemberLine> lines = repository.memberAttendance(scope, page * size, size).stream()
                .map(m -> new MeetingReport.MemberLine(
                        m.memberId(),
                        m.fullName(),
                        m.organizationId(),
                        Attendance.of(m.present(), m.absentWithLeave(), m.absentWithoutLeave())))
                .toList();
        return new Page<>(lines, page, size, repository.membersWithAttendance(scope));
    }

    private Scope scope(UUID organizationId, YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        MeetingPeriod period = MeetingPeriod.of(from, to, clock);
        OrganizationRow root = queries.get(organizationId, null);
        LocalDate end = period.last().atEndOfMonth();
        return new Scope(
                root.path(), end.isAfter(today) ? today : end, period.first().atDay(1), end);
    }

    /** {@code to} defaults to the current month, {@code from} to the first month of {@code to}'s year. */
    public MeetingReport of(UUID organizationId, YearMonth from, YearMonth to) {
        Scope scope = scope(organizationId, from, to);
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.from(scope.from());
        YearMonth last = YearMonth.from(scope.to());
        List<YearMonth> judged = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last) && m.atEndOfMonth().isBefore(today); m = m.plusMonths(1)) {
            judged.add(m);
        }
        List<Cell> cells = repository.cells(scope);
        Map<UUID, Map<YearMonth, CellMonth>> byCell = repository.cellMonths(scope).stream()
                .collect(Collectors.groupingBy(CellMonth::cellId, Collectors.toMap(CellMonth::month, cm -> cm)));
        Map<UUID, Long> followers = repository.followersByCell(scope);
        List<CellLine> lines = new ArrayList<>();
        Tally tally = new Tally();
        for (Cell cell : cells) {
            lines.add(line(cell, judged, byCell.getOrDefault(cell.id(), Map.of()), followers, tally));
        }
        List<MeetingReport.FlaggedMember> flagged = repository
                .flagged(scope, rules.absence().count())
                .stream()
                .map(f -> new MeetingReport.FlaggedMember(
                        f.memberId(), f.fullName(), f.organizationId(), f.year(), f.months()))
                .toList();
        List<MeetingReport.CommitteeMemberLine> committeeMembers = repository.followers(scope).stream()
                .map(f -> new MeetingReport.CommitteeMemberLine(
                        f.memberId(),
                        f.fullName(),
                        f.followedCells(),
                        f.meetingsOfFollowedCells(),
                        f.meetingsAttended(),
                        f.followedCellsAttended()))
                .toList();
        MeetingReport.Summary summary = new MeetingReport.Summary(
                cells.size(),
                tally.meetingEveryMonth,
                tally.monthsJudged,
                tally.monthsWithoutRegular,
                tally.quartersJudged,
                tally.quartersShort,
                tally.meetings,
                tally.onlineOrHybrid,
                MeetingReport.percent(tally.onlineOrHybrid, tally.meetings),
                Attendance.of(tally.present, tally.withLeave, tally.withoutLeave),
                flagged.size(),
                tally.withFollowers,
                tally.attendedByFollower,
                tally.nobodyAttended);
        return new MeetingReport(
                organizationId, first, last, judged, rulesApplied(), summary, lines, flagged, committeeMembers);
    }

    private CellLine line(
            Cell cell, List<YearMonth> judged, Map<YearMonth, CellMonth> months, Map<UUID, Long> followers, Tally t) {
        List<YearMonth> ownJudged = judged.stream()
                .filter(m -> !cell.foundedOn().isAfter(m.atDay(1)))
                .toList();
        List<YearMonth> withoutRegular = ownJudged.stream()
                .filter(m -> regular(months.get(m)) < rules.regular().count())
                .toList();
        List<String> quartersShort = new ArrayList<>();
        Map<String, List<YearMonth>> quarters = new HashMap<>();
        ownJudged.forEach(m ->
                quarters.computeIfAbsent(quarter(m), q -> new ArrayList<>()).add(m));
        int quartersJudged = 0;
        for (Map.Entry<String, List<YearMonth>> q : quarters.entrySet()) {
            if (q.getValue().size() == 3) {
                quartersJudged++;
                long thematic = q.getValue().stream()
                        .mapToLong(m -> months.containsKey(m) ? months.get(m).thematic() : 0)
                        .sum();
                if (thematic < rules.thematic().count()) {
                    quartersShort.add(q.getKey());
                }
            }
        }
        quartersShort.sort(null);
        long meetings = 0, regular = 0, thematic = 0, online = 0, present = 0, withLeave = 0, withoutLeave = 0;
        long bySuperior = 0, byFollower = 0;
        for (CellMonth cm : months.values()) {
            meetings += cm.meetings();
            regular += cm.regular();
            thematic += cm.thematic();
            online += cm.onlineOrHybrid();
            present += cm.present();
            withLeave += cm.absentWithLeave();
            withoutLeave += cm.absentWithoutLeave();
            bySuperior += cm.attendedBySuperior();
            byFollower += cm.attendedByFollower();
        }
        long followerCount = followers.getOrDefault(cell.id(), 0L);
        t.monthsJudged += ownJudged.size();
        t.monthsWithoutRegular += withoutRegular.size();
        t.meetingEveryMonth += !ownJudged.isEmpty() && withoutRegular.isEmpty() ? 1 : 0;
        t.quartersJudged += quartersJudged;
        t.quartersShort += quartersShort.size();
        t.meetings += meetings;
        t.onlineOrHybrid += online;
        t.present += present;
        t.withLeave += withLeave;
        t.withoutLeave += withoutLeave;
        t.withFollowers += followerCount > 0 ? 1 : 0;
        t.attendedByFollower += byFollower > 0 ? 1 : 0;
        t.nobodyAttended += bySuperior == 0 ? 1 : 0;
        return new CellLine(
                cell.id(),
                cell.code(),
                cell.name(),
                cell.type(),
                meetings,
                regular,
                thematic,
                online,
                withoutRegular,
                quartersShort,
                Attendance.of(present, withLeave, withoutLeave),
                followerCount,
                bySuperior,
                byFollower);
    }

    private List<RuleApplied> rulesApplied() {
        return List.of(
                applied(REGULAR_RULE, rules.regular()),
                applied(THEMATIC_RULE, rules.thematic()),
                applied(ABSENCE_RULE, rules.absence()));
    }

    private static RuleApplied applied(String id, MeetingRulesConfig.Rule rule) {
        return new RuleApplied(id, rule.count(), rule.source(), rule.finding().orElse(null));
    }

    private static long regular(CellMonth month) {
        return month == null ? 0 : month.regular();
    }

    private static String quarter(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    private static final class Tally {
        int monthsJudged, monthsWithoutRegular, meetingEveryMonth, quartersJudged, quartersShort;
        int withFollowers, attendedByFollower, nobodyAttended;
        long meetings, onlineOrHybrid, present, withLeave, withoutLeave;
    }
}
