package vn.partybloc.member.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.partybloc.platform.web.ProblemException;

/** One parsed row of an import file: its value, or why it could not be read. */
public record ImportRow<T>(int number, T value, List<ImportRowError> errors) {

    public static <T> ImportRow<T> of(int number, T value) {
        return new ImportRow<>(number, value, List.of());
    }

    public static <T> ImportRow<T> refused(int number, List<ImportRowError> errors) {
        return new ImportRow<>(number, null, errors);
    }

    public boolean readable() {
        return errors.isEmpty();
    }

    /** The row's value mapped; a mapping refused with a problem makes the row an error, not the whole file. */
    public <R> ImportRow<R> map(Function<T, R> mapping) {
        if (!readable()) {
            return refused(number, errors);
        }
        try {
            return of(number, mapping.apply(value));
        } catch (ProblemException e) {
            String field = e.errors().isEmpty() ? null : e.errors().get(0).field();
            return refused(number, List.of(new ImportRowError(number, field, e.rule(), e.getMessage())));
        }
    }

    /**
     * Refuses every row whose natural key an earlier row of the same file already holds: two rows for one record would
     * make the outcome depend on their order.
     */
    public static <T> List<ImportRow<T>> refuseRepeats(List<ImportRow<T>> rows, Function<T, Object> key, String field) {
        Map<Object, Integer> first = new HashMap<>();
        List<ImportRow<T>> checked = new ArrayList<>(rows.size());
        for (ImportRow<T> row : rows) {
            Integer earlier = row.readable() ? first.putIfAbsent(key.apply(row.value()), row.number()) : null;
            checked.add(
                    earlier == null
                            ? row
                            : refused(
                                    row.number(),
                                    List.of(new ImportRowError(
                                            row.number(), field, null, "repeats row " + earlier + " of this file"))));
        }
        return checked;
    }
}
