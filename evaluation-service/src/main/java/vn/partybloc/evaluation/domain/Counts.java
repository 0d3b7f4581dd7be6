package vn.partybloc.evaluation.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The reports' counts: every value of the key present, zero or not. */
final class Counts {

    private Counts() {}

    static <T, E extends Enum<E>> Map<E, Long> by(List<T> items, Function<T, E> key, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        items.forEach(item -> counts.merge(key.apply(item), 1L, Long::sum));
        return counts;
    }

    /** Whether {@code day} lies in [{@code from}, {@code to}]. */
    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** How many of {@code appeals} were lodged in [{@code from}, {@code to}]. */
    static long lodgedWithin(List<? extends DisciplineAppealBase> appeals, LocalDate from, LocalDate to) {
        return appeals.stream().filter(a -> within(a.lodgedOn, from, to)).count();
    }

    /** Those of {@code appeals} resolved in [{@code from}, {@code to}], by outcome. */
    static Map<AppealOutcome, Long> resolvedWithin(
            List<? extends DisciplineAppealBase> appeals, LocalDate from, LocalDate to) {
        return by(
                appeals.stream()
                        .filter(a -> !a.isPending() && within(a.resolvedOn, from, to))
                        .map(a -> a.outcome)
                        .toList(),
                outcome -> outcome,
                AppealOutcome.class);
    }
}
