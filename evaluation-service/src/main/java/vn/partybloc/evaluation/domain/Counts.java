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
}
