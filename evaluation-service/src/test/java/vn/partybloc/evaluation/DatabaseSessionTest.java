package vn.partybloc.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The reports' queries name a subtree by a path prefix: a plan kept for one prefix (PostgreSQL's generic plan, once
 * PgJDBC prepares a statement on the server) is wrong for another, and made the attainment report of the Bloc more
 * than twice as slow. Every pooled connection plans each execution for its own values (the platform's configuration).
 */
@QuarkusTest
class DatabaseSessionTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyConnectionPlansEachExecutionForItsOwnValues() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show plan_cache_mode")) {
            result.next();
            assertEquals("force_custom_plan", result.getString(1));
        }
    }
}
