package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.member.config.CommitteeStandardConfig;
import vn.partybloc.member.config.StatisticsConfig;

/**
 * The figures of the grassroots committee members (cấp ủy viên cơ sở, the article's 1,017) from the seats they hold on
 * the day: counted once per person, whatever their number of seats.
 */
@ApplicationScoped
public class GrassrootsCommitteeFigures {

    private final CommitteeStandardConfig standard;
    private final StatisticsConfig config;

    public GrassrootsCommitteeFigures(CommitteeStandardConfig standard, StatisticsConfig config) {
        this.standard = standard;
        this.config = config;
    }

    public MemberStatistics.GrassrootsCommitteeMembers of(List<GrassrootsSeat> seats, LocalDate day) {
        Map<UUID, List<GrassrootsSeat>> byPerson = seats.stream()
                .collect(Collectors.groupingBy(GrassrootsSeat::memberId, LinkedHashMap::new, Collectors.toList()));
        List<GrassrootsSeat> people =
                byPerson.values().stream().map(held -> held.get(0)).toList();
        long total = people.size();
        Map<String, Long> byDegree = count(people, GrassrootsSeat::degree);
        List<GrassrootsSeat> secretaries = byPerson.values().stream()
                .filter(held -> held.stream().anyMatch(s -> s.position() == PositionKind.SECRETARY))
                .map(held -> held.get(0))
                .toList();
        long heading =
                secretaries.stream().filter(GrassrootsSeat::headsHostUnit).count();
        long meeting = byPerson.values().stream()
                .filter(held -> held.stream().allMatch(this::meetsStandard))
                .count();
        long women = people.stream().filter(p -> p.gender() == Gender.FEMALE).count();
        return new MemberStatistics.GrassrootsCommitteeMembers(
                total,
                count(seats, GrassrootsSeat::position),
                byDegree,
                count(people, GrassrootsSeat::academicTitle),
                count(people, GrassrootsSeat::politicalTheory),
                Shares.percent(byDegree.getOrDefault(Degree.DOCTOR.name(), 0L), total),
                Shares.percent(byDegree.getOrDefault(Degree.MASTER.name(), 0L), total),
                levels(people, GrassrootsSeat::stateManagement, GrassrootsSeat::stateManagementCode),
                levels(people, GrassrootsSeat::foreignLanguage, GrassrootsSeat::foreignLanguageCode),
                levels(people, GrassrootsSeat::itSkill, GrassrootsSeat::itSkillCode),
                secretaries.size(),
                heading,
                Shares.percent(heading, secretaries.size()),
                standards(),
                meeting,
                Shares.percent(meeting, total),
                ageBands(people, day),
                women,
                Shares.percent(women, total));
    }

    /** The standard in force, per position that has one. */
    public Map<String, MemberStatistics.PositionStandard> standards() {
        Map<String, MemberStatistics.PositionStandard> standards = new TreeMap<>();
        for (PositionKind position : PositionKind.values()) {
            MemberStatistics.PositionStandard s = standardOf(position);
            if (s.minPoliticalTheory() != null || s.minDegree() != null) {
                standards.put(position.name(), s);
            }
        }
        return standards;
    }

    private MemberStatistics.PositionStandard standardOf(PositionKind position) {
        CommitteeStandardConfig.PositionStandard s = standard.position().get(position.name());
        return s == null
                ? new MemberStatistics.PositionStandard(null, null)
                : new MemberStatistics.PositionStandard(
                        s.minPoliticalTheory().orElse(null), s.minDegree().orElse(null));
    }

    private boolean meetsStandard(GrassrootsSeat seat) {
        MemberStatistics.PositionStandard required = standardOf(seat.position());
        PoliticalTheory theory = required.minPoliticalTheory();
        Degree degree = required.minDegree();
        return (theory == null
                        || seat.politicalTheory() != null
                                && seat.politicalTheory().ordinal() >= theory.ordinal())
                && (degree == null || seat.degree() != null && level(seat.degree()) >= level(degree));
    }

    /** A bachelor's degree and an engineer's are one level. */
    private static int level(Degree degree) {
        return switch (degree) {
            case SECONDARY -> 0;
            case COLLEGE -> 1;
            case BACHELOR, ENGINEER -> 2;
            case MASTER -> 3;
            case DOCTOR -> 4;
        };
    }

    private Map<String, Long> ageBands(List<GrassrootsSeat> people, LocalDate day) {
        List<Integer> limits = config.ageBandLimits().stream().sorted().toList();
        Map<String, Long> bands = new LinkedHashMap<>();
        for (int i = 0; i <= limits.size(); i++) {
            bands.put(band(limits, i), 0L);
        }
        for (GrassrootsSeat p : people) {
            String band = QualificationLevels.UNKNOWN;
            if (p.dateOfBirth() != null) {
                int age = Period.between(p.dateOfBirth(), day).getYears();
                int i = (int) limits.stream().filter(limit -> age >= limit).count();
                band = band(limits, i);
            }
            bands.merge(band, 1L, Long::sum);
        }
        return bands;
    }

    /** The band below {@code limits[i]} and from {@code limits[i-1]}: {@code <30}, {@code 30-39}, {@code >=60}. */
    private static String band(List<Integer> limits, int i) {
        if (limits.isEmpty()) {
            return "all";
        }
        if (i == 0) {
            return "<" + limits.get(0);
        }
        if (i == limits.size()) {
            return ">=" + limits.get(i - 1);
        }
        return limits.get(i - 1) + "-" + (limits.get(i) - 1);
    }

    private static QualificationLevels levels(
            List<GrassrootsSeat> people, Function<GrassrootsSeat, String> text, Function<GrassrootsSeat, String> code) {
        return QualificationLevels.of(people.stream()
                .map(p -> new RecordedQualification(text.apply(p), code.apply(p), 1))
                .toList());
    }

    private static Map<String, Long> count(List<GrassrootsSeat> rows, Function<GrassrootsSeat, Object> value) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        r -> Objects.toString(value.apply(r), QualificationLevels.UNKNOWN),
                        TreeMap::new,
                        Collectors.counting()));
    }
}
