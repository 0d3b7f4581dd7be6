package vn.partybloc.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the exports read rows through: a database cursor, a batch at a time, every row once and in order. */
@QuarkusTest
class ScrollTest {

    @Inject
    EntityManager em;

    @Test
    void rowsComeInFullBatchesThenTheRestInTheQuerysOrder() {
        List<List<Integer>> batches = new ArrayList<>();
        QuarkusTransaction.requiringNew()
                .run(() -> Scroll.inBatches(
                        em,
                        em.createNativeQuery("select n from generate_series(1201, 1, -1) n"),
                        row -> ((Number) row).intValue(),
                        batch -> batches.add(List.copyOf(batch))));

        assertEquals(List.of(500, 500, 201), batches.stream().map(List::size).toList());
        assertEquals(
                IntStream.iterate(1201, n -> n >= 1, n -> n - 1).boxed().toList(),
                batches.stream().flatMap(List::stream).toList());
    }

    @Test
    void aQueryWithoutRowsHandsOverNothing() {
        List<Integer> rows = new ArrayList<>();
        QuarkusTransaction.requiringNew()
                .run(() -> Scroll.each(
                        em,
                        em.createNativeQuery("select n from generate_series(1, 0) n"),
                        row -> ((Number) row).intValue(),
                        rows::add));

        assertEquals(List.of(), rows);
    }
}
