package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.PostgresResource;

/**
 * Response time of the attainment report on a dataset the size of the demo: 122 grassroots organizations (93 committees
 * with 12 sub-committees and 1,117 subordinate cells under them, 29 grassroots cells), 14,357 members and 1,017
 * committee members, all rated through the batch endpoint. The replicas are written straight into the database (the
 * event path is covered by ReplicaTest); the ratings go through the API. Prints medians; asserts nothing about speed.
 * Run: {@code ./mvnw -pl evaluation-service -am test -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=AttainmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class AttainmentBenchmark {

    private static final Logger LOG = Logger.getLogger(AttainmentBenchmark.class);
    private static final String[] LEVELS = {"EXCELLENT", "GOOD", "GOOD", "GOOD", "GOOD", "COMPLETE", "NOT_COMPLETE"};

    @Test
    void attainmentOfTheWholeBlocOnADemoSizedDataset() throws Exception {
        Random random = new Random(7);
        UUID bloc = UUID.randomUUID();
        List<Object[]> orgs = new ArrayList<>();
        List<UUID> grassroots = new ArrayList<>();
        List<UUID> subordinate = new ArrayList<>();
        List<UUID> cells = new ArrayList<>();
        orgs.add(new Object[] {bloc, "BLOC_COMMITTEE", null, "/" + bloc + "/"});
        for (int g = 0; g < 122; g++) {
            UUID id = UUID.randomUUID();
            String path = "/" + bloc + "/" + id + "/";
            boolean committee = g < 93;
            orgs.add(new Object[] {id, committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL", bloc, path});
            grassroots.add(id);
            if (!committee) {
                cells.add(id);
                continue;
            }
            String parentPath = path;
            UUID parent = id;
            if (g < 12) {
                UUID sub = UUID.randomUUID();
                parentPath = path + sub + "/";
                orgs.add(new Object[] {sub, "SUB_COMMITTEE", id, parentPath});
                subordinate.add(sub);
                parent = sub;
            }
            int count = 12 + (g < 1 ? 1 : 0);
            for (int c = 0; c < count; c++) {
                UUID cell = UUID.randomUUID();
                orgs.add(new Object[] {cell, "SUBORDINATE_CELL", parent, parentPath + cell + "/"});
                subordinate.add(cell);
                cells.add(cell);
            }
        }
        List<UUID> members = new ArrayList<>();
        List<UUID[]> memberCells = new ArrayList<>();
        for (int m = 0; m < 14_357; m++) {
            UUID id = UUID.randomUUID();
            members.add(id);
            memberCells.add(new UUID[] {id, cells.get(random.nextInt(cells.size()))});
        }
        try (Connection c = PostgresResource.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("""
                    insert into organizations (id, code, name, type, parent_id, path, status, host_unit_name, version, updated_at)
                    values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 0, now())""")) {
                for (Object[] o : orgs) {
                    s.setObject(1, o[0]);
                    s.setString(2, o[0].toString().substring(0, 8));
                    s.setString(3, "Tổ chức " + o[0].toString().substring(0, 8));
                    s.setString(4, (String) o[1]);
                    s.setObject(5, o[2]);
                    s.setString(6, (String) o[3]);
                    s.setString(
                            7,
                            ((String) o[1]).startsWith("GRASSROOTS")
                                    ? "Cơ quan " + o[0].toString().substring(0, 6)
                                    : null);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into members (id, full_name, organization_id, membership_kind, status, version, updated_at)
                    values (?, ?, ?, 'FULL', 'ACTIVE', 0, now())""")) {
                for (UUID[] m : memberCells) {
                    s.setObject(1, m[0]);
                    s.setString(2, "Đảng viên " + m[0].toString().substring(0, 6));
                    s.setObject(3, m[1]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement committees = c.prepareStatement("""
                    insert into committees (id, organization_id, kind, term_start_year, term_end_year, version, updated_at)
                    values (?, ?, 'EXECUTIVE_COMMITTEE', 2020, 2025, 0, now())""");
                    PreparedStatement positions = c.prepareStatement("""
                    insert into positions (id, member_id, committee_id, organization_id, committee_kind, position, starts_on, version, updated_at)
                    values (?, ?, ?, ?, 'EXECUTIVE_COMMITTEE', 'MEMBER', '2020-07-01', 0, now())""")) {
                for (int p = 0; p < 1_017; p++) {
                    UUID org = grassroots.get(p % grassroots.size());
                    UUID committee = new UUID(org.getMostSignificantBits(), 1);
                    if (p < grassroots.size()) {
                        committees.setObject(1, committee);
                        committees.setObject(2, org);
                        committees.addBatch();
                    }
                    positions.setObject(1, UUID.randomUUID());
                    positions.setObject(2, members.get(p));
                    positions.setObject(3, committee);
                    positions.setObject(4, org);
                    positions.addBatch();
                }
                committees.executeBatch();
                positions.executeBatch();
            }
            c.commit();
        }

        UUID cycle = Api.cycle(2024);
        List<String> items = new ArrayList<>();
        members.forEach(
                m -> items.add(Api.item("MEMBER", m, Api.level(LEVELS[random.nextInt(LEVELS.length)]), "2024-12-20")));
        subordinate.forEach(o -> items.add(Api.item(
                "SUBORDINATE_ORGANIZATION", o, Api.level(LEVELS[random.nextInt(LEVELS.length)]), "2024-12-20")));
        grassroots.forEach(o -> items.add(Api.item(
                "GRASSROOTS_ORGANIZATION", o, Api.level(LEVELS[random.nextInt(LEVELS.length)]), "2024-12-20")));
        members.subList(0, 1_017)
                .forEach(m -> items.add(Api.item(
                        "COMMITTEE_MEMBER", m, Api.level(LEVELS[random.nextInt(LEVELS.length)]), "2024-12-20")));
        long batchStarted = System.nanoTime();
        for (int from = 0; from < items.size(); from += 5000) {
            Api.batch(Api.admin(), cycle, items.subList(from, Math.min(items.size(), from + 5000)))
                    .statusCode(201);
        }
        long batchMillis = (System.nanoTime() - batchStarted) / 1_000_000;

        List<Long> wholeBloc = time(bloc, 15);
        List<Long> oneGrassroots = time(grassroots.get(0), 15);
        String summary = String.format(
                "attainment benchmark: %d organizations, %d members, %d committee members, %d ratings recorded "
                        + "in %d ms through /reviews/batch (%d requests); report of the whole Bloc: median %d ms, max %d ms; "
                        + "of one grassroots committee: median %d ms",
                orgs.size(),
                members.size(),
                1_017,
                items.size(),
                batchMillis,
                (items.size() + 4999) / 5000,
                wholeBloc.get(wholeBloc.size() / 2),
                wholeBloc.get(wholeBloc.size() - 1),
                oneGrassroots.get(oneGrassroots.size() / 2));
        LOG.info(summary);
        System.out.println(summary);
    }

    private static List<Long> time(UUID org, int runs) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs + 3; i++) {
            long started = System.nanoTime();
            given().auth()
                    .oauth2(Api.admin())
                    .queryParam("organizationId", org.toString())
                    .queryParam("year", 2024)
                    .get("/api/v1/reviews/attainment")
                    .then()
                    .statusCode(200);
            if (i >= 3) {
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
        }
        millis.sort(Long::compare);
        return millis;
    }
}
