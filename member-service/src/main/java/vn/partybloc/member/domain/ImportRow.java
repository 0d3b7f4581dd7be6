package vn.partybloc.member.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

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
            return refused(number, List.of(ImportRowError.of(number, field, e)));
        }
    }

    /** Remembers each natural key's first row while a file is read, and refuses the rows that repeat one. */
    static final class Repeats<T> {

        private final Map<Object, Integer> first = new HashMap<>();
        private final Function<T, Object> key;
        private final String field;

        Repeats(Function<T, Object> key, String field) {
            this.key = key;
            this.field = field;
        }

        ImportRow<T> check(ImportRow<T> row) {
            Integer earlier = row.readable() ? first.putIfAbsent(key.apply(row.value()), row.number()) : null;
            return earlier == null
                    ? row
                    : refused(
                            row.number(),
                            List.of(ImportRowError.of(
                                    row.number(), field, new ProblemMessage("import.repeats-row", earlier))));
        }
    }
}
