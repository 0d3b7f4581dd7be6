package vn.partybloc.member.domain;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An import file kept on disk while its job waits and runs: how many rows it holds, and its rows read one after another
 * when the job opens it, so that memory holds one chunk at a time whatever the file. The job opens it once and
 * discards it when done.
 */
public final class ImportFile<T> {

    private final int rows;
    private final Supplier<Stream<ImportRow<T>>> reader;
    private final Runnable discard;

    public ImportFile(int rows, Supplier<Stream<ImportRow<T>>> reader, Runnable discard) {
        this.rows = rows;
        this.reader = reader;
        this.discard = discard;
    }

    public int rows() {
        return rows;
    }

    /** The rows in file order; the caller closes the stream. */
    public Stream<ImportRow<T>> open() {
        return reader.get();
    }

    public void discard() {
        discard.run();
    }

    /** Each row mapped as it is read. */
    public <R> ImportFile<R> map(Function<ImportRow<T>, ImportRow<R>> mapping) {
        return new ImportFile<>(rows, () -> reader.get().map(mapping), discard);
    }

    /**
     * Refuses every row whose natural key an earlier row of the same file already holds: two rows for one record would
     * make the outcome depend on their order.
     */
    public ImportFile<T> refusingRepeats(Function<T, Object> key, String field) {
        return new ImportFile<>(
                rows,
                () -> {
                    ImportRow.Repeats<T> repeats = new ImportRow.Repeats<>(key, field);
                    return reader.get().map(repeats::check);
                },
                discard);
    }
}
