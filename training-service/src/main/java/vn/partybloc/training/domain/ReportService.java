package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.platform.web.Periods;
import vn.partybloc.training.repository.ReportRepository;

/** Training by topic and obligation coverage for any subtree, period and day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    static final BigDecimal TARGET_SHARE = BigDecimal.valueOf(100);
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    private final ReportRepository reports;
    private final Clock clock;
    private final OrganizationScope scope;

    public ReportService(ReportRepository reports, OrganizationScope scope, Clock clock) {
        this.reports = reports;
        this.scope = scope;
        this.clock = clock;
    }

    public TrainingReports.Topics topics(UUID organizationId, LocalDate from, LocalDate to, LocalDate asOf) {
        Periods.requireOrdered(from, to);
        String path = scope.visible(organizationId).path;
        LocalDate start = from == null ? BEGINNING : from;
        LocalDate end = to == null ? END : to;
        LocalDate day = asOf == null ? END : asOf;
        Map<String, ReportRepository.TopicRow> rows = reports.topics(path, start, end, day).stream()
                .collect(Collectors.toMap(ReportRepository.TopicRow::topic, Function.identity()));
        List<TrainingReports.TopicFigures> topics = Arrays.stream(CourseTopic.values())
                .map(t -> {
                    ReportRepository.TopicRow r = rows.get(t.name());
                    return r == null
                            ? new TrainingReports.TopicFigures(t, 0, 0, 0)
                            : new TrainingReports.TopicFigures(t, r.courses(), r.attendees(), r.completions());
                })
                .toList();
        TrainingReports.Totals totals = new TrainingReports.Totals(
                topics.stream().mapToLong(TrainingReports.TopicFigures::courses).sum(),
                reports.distinctAttendees(path, start, end, day),
                topics.stream()
                        .mapToLong(TrainingReports.TopicFigures::completions)
                        .sum());
        return new TrainingReports.Topics(organizationId, from, to, asOf, topics, totals);
    }

    public TrainingReports.Obligations obligations(UUID organizationId, LocalDate from, LocalDate to, LocalDate asOf) {
        Periods.requireOrdered(from, to);
        String path = scope.visible(organizationId).path;
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        ReportRepository.ObligationRow r =
                reports.obligations(path, from == null ? BEGINNING : from, to == null ? END : to, day);
        long counted = r.total() - r.closed();
        BigDecimal share = counted == 0
                ? null
                : BigDecimal.valueOf(r.fulfilled() * 100).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        return new TrainingReports.Obligations(
                organizationId,
                from,
                to,
                day,
                r.total(),
                r.closed(),
                r.due(),
                r.fulfilled(),
                r.fulfilledOnTime(),
                r.overdue(),
                r.open(),
                share,
                TARGET_SHARE,
                share == null || share.compareTo(TARGET_SHARE) >= 0);
    }
}
