package vn.partybloc.organization;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.repository.MemberReplicaRepository;
import vn.partybloc.platform.search.TextSearch;

/**
 * Every read of an organization counts its subtree's members for its warnings (rules 1 and 2). With the replica of a
 * whole Bloc, counting one committee's members must read its cells' rows through an index, not the whole replica: on
 * the demo, each GET of a grassroots committee scanned all 14,357 replica rows (measurements.md, "The organization
 * GET's member count").
 */
@QuarkusTest
class MemberCountPlanTest {

    private static final String MARK = "plan-test";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void removeTheRows() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("delete from members where full_name = '" + MARK + "'");
            s.execute("delete from organizations where code like 'PLAN-%' and depth = 2");
            s.execute("delete from organizations where code like 'PLAN-%'");
        }
    }

    @Test
    void countingOneCommitteesMembersReadsItsCellsRowsByIndexNotTheWholeReplica() throws Exception {
        UUID cell = Fixtures.cell(Fixtures.committee("Đảng bộ Sở Tài chính"), "Chi bộ Phòng Ngân sách");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            // The demo's shape: 100 committees of 20 cells, 13 members in each cell; one committee is read.
            s.execute("create temporary table plan_committees as"
                    + " select gen_random_uuid() as id, i from generate_series(1, 100) i");
            s.execute("create temporary table plan_cells as"
                    + " select gen_random_uuid() as id, c.id as committee, c.i * 100 + j as i"
                    + " from plan_committees c cross join generate_series(1, 20) j");
            organizations(s, cell, "select id, 'PLAN-C' || i, null::uuid, 1 from plan_committees");
            organizations(s, cell, "select id, 'PLAN-' || i, committee, 2 from plan_cells");
            s.execute("insert into members (id, full_name, organization_id, membership_kind, status, version,"
                    + " updated_at) select gen_random_uuid(), '" + MARK + "', p.id,"
                    + " case when m % 10 = 0 then 'PROBATIONARY' else 'FULL' end, 'ACTIVE', 1, now()"
                    + " from plan_cells p cross join generate_series(1, 13) m order by random()");
            // As autovacuum leaves a replica that is mostly read: its statistics fresh, its pages all visible (once no
            // transaction older than the rows is still open in the service).
            await().atMost(Duration.ofSeconds(30)).until(() -> allVisible(s));
            s.execute("analyze organizations");

            String plan = plan(c, path(s, "select path from organizations where code = 'PLAN-C1'"));

            assertTrue(plan.contains("on members"), plan);
            assertFalse(plan.contains("Seq Scan on members"), plan);
        }
    }

    /**
     * Organizations like the cell, from rows of (id, code, parent, depth): a parent of null is the root, and the path
     * runs from the root through the parent.
     */
    private static void organizations(Statement s, UUID cell, String rows) throws Exception {
        s.execute("insert into organizations (id, code, name, type, parent_id, path, depth, founded_on, status,"
                + " status_since, last_effective_date, version, created_at, created_by, updated_at, updated_by)"
                + " select p.id, p.code, o.name, o.type, coalesce(p.parent, r.id),"
                + " coalesce(parent.path, r.path) || p.id || '/', p.depth, o.founded_on, o.status, o.status_since,"
                + " o.last_effective_date, 0, now(), 'test', now(), 'test'"
                + " from (" + rows + ") p (id, code, parent, depth)"
                + " left join organizations parent on parent.id = p.parent"
                + " cross join organizations o cross join organizations r"
                + " where o.id = '" + cell + "' and r.parent_id is null");
    }

    private static boolean allVisible(Statement s) throws Exception {
        s.execute("vacuum analyze members");
        try (ResultSet r = s.executeQuery("select relallvisible = relpages from pg_class where relname = 'members'")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static String path(Statement s, String query) throws Exception {
        try (ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String plan(Connection c, String path) throws Exception {
        try (PreparedStatement explain =
                c.prepareStatement("explain " + MemberReplicaRepository.SUBTREE_COUNT.replace("?1", "?"))) {
            explain.setString(1, TextSearch.escape(path) + "%");
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = explain.executeQuery()) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
