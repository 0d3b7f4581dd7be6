package vn.partybloc.contracts.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A consumer's polls bring any number of rows; the statements that write them come in a few shapes only, since
 * Hibernate keeps each distinct native statement, with an object per bind parameter, in its query cache.
 */
class ReplicaUpsertsTest {

    @Test
    void everyRowIsWrittenOnceInAtMostTenShapesOfStatement() {
        Set<Integer> shapes = new HashSet<>();
        for (int rows = 0; rows <= 2_500; rows++) {
            List<Integer> sizes = ReplicaUpserts.statementSizes(rows);
            assertEquals(rows, sizes.stream().mapToInt(Integer::intValue).sum(), rows + " rows");
            assertTrue(sizes.stream().allMatch(size -> size <= 1_000), "a statement of more than 1,000 rows");
            shapes.addAll(sizes);
        }
        assertEquals(Set.of(1_000, 500, 200, 100, 50, 20, 10, 5, 2, 1), shapes);
    }

    @Test
    void aPollIsWrittenInFewStatements() {
        assertEquals(List.of(500, 200, 20, 10, 5, 2), ReplicaUpserts.statementSizes(737));
        assertEquals(List.of(1_000, 1_000, 1), ReplicaUpserts.statementSizes(2_001));
    }
}
