package vn.partybloc.member.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.platform.events.Outbox;
import vn.partybloc.platform.web.ProblemException;

/**
 * Upserts positions by member, committee, position and start date. Each row goes through {@link CommitteeService}, so
 * it meets every rule a single request meets (full members only, one secretary, standing on executive, ...); a chunk
 * of rows is tried in one transaction, and a chunk with a refused row again row by row, each in a transaction of its
 * own, so that a refused row leaves nothing behind. A row with an end date ends the position it names.
 */
@ApplicationScoped
public class PositionImporter {

    private final CommitteeService committees;
    private final PositionChunks chunks;
    private final Outbox outbox;

    public PositionImporter(CommitteeService committees, PositionChunks chunks, Outbox outbox) {
        this.committees = committees;
        this.chunks = chunks;
        this.outbox = outbox;
    }

    /**
     * The rows in one transaction, their outcomes in order; empty when one of them is refused, and then none is kept
     * (the caller goes through them one by one with {@link #importRow} to tell which). A chunk of valid rows costs one
     * commit instead of one per row; each row still sees the rows before it, as Hibernate flushes them before the
     * rules' queries. The chunk's events are recorded when its last row is done, so that the service's other writers
     * wait for the outbox's commit-order lock only that long, not for the whole chunk.
     */
    public Optional<List<ImportOutcome>> importTogether(List<PositionRow> rows) {
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                PositionChunks.Chunk chunk = chunks.read(rows);
                return outbox.deferring(
                        () -> rows.stream().map(row -> upsert(row, chunk)).toList());
            }));
        } catch (ProblemException refused) {
            return Optional.empty();
        }
    }

    public ImportOutcome importRow(PositionRow row) {
        return QuarkusTransaction.requiringNew().call(() -> upsert(row, chunks.read(List.of(row))));
    }

    private ImportOutcome upsert(PositionRow row, PositionChunks.Chunk chunk) {
        UUID memberId = chunk.memberId(row);
        Position held = chunk.held(memberId, row).orElse(null);
        if (held == null) {
            Position started = committees.start(
                    row.committeeId(),
                    memberId,
                    row.position(),
                    row.appointment(),
                    row.decisionNumber(),
                    row.decisionDate(),
                    row.startsOn());
            chunk.started(started);
            if (row.endsOn() != null) {
                committees.end(started.id, null, row.endsOn(), row.endReason());
            }
            return ImportOutcome.CREATED;
        }
        if (held.appointment != row.appointment()
                || !Objects.equals(held.decisionNumber, row.decisionNumber())
                || !Objects.equals(held.decisionDate, row.decisionDate())) {
            throw ProblemException.rule(Rules.IMPORT_DIFFERS, "import.position-differs", held.id);
        }
        if (Objects.equals(held.endsOn, row.endsOn()) && held.endReason == row.endReason()) {
            return ImportOutcome.UNCHANGED;
        }
        if (held.endsOn != null) {
            throw ProblemException.rule(Rules.IMPORT_DIFFERS, "import.position-ended", held.id, held.endsOn);
        }
        committees.end(held.id, null, row.endsOn(), row.endReason());
        return ImportOutcome.UPDATED;
    }
}
