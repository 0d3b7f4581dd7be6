package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.PostgresResource;

/**
 * Measures, in one run on the same database: (1) how long the organization replica takes to converge after a burst of
 * 1,000 organization events (foundings, moves and redeliveries); (2) the service's first, cold import of 14,357 generated
 * members and three more warming it up, then the bulk import of 14,357 others through the API, next to PostgreSQL
 * {@code COPY} of the same rows into a table shaped like {@code members}, and the second, unchanged run of that file.
 * Prints the figures; asserts only correctness.
 * Run: {@code ./mvnw -pl member-service -am verify -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=MemberBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class MemberBenchmark {

    private static final Logger LOG = Logger.getLogger(MemberBenchmark.class);
    private static final int MEMBERS = 14_357;
    private static final int WARM_UP_IMPORTS = 4;
    private static final String MEMBERS_PATH = "/api/v1/members/imports";
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Kim"};
    private static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phong",
        "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vy", "Yến"
    };

    @Test
    void replicaConvergenceAndImportThroughput() throws Exception {
        List<UUID> cells = replicaConvergesAfterABurst();
        String file = generatedMembers(cells, 0);

        // The service's first imports run while the JIT compiles their code: on 2 cores its compiler threads took more
        // of the machine than the import's own thread in the second import (JFR, stop 77). The measured import runs
        // after WARM_UP_IMPORTS of other members, as a service's imports run once it has been up a while.
        List<TimedImport> warmUps = new ArrayList<>();
        for (int i = 0; i < WARM_UP_IMPORTS; i++) {
            TimedImport warmUp = TimedImport.of(MEMBERS_PATH, generatedMembers(cells, 500_000 + i * MEMBERS));
            assertEquals(
                    MEMBERS,
                    warmUp.job().getInt("createdRows"),
                    () -> warmUp.job().prettify());
            warmUps.add(warmUp);
        }
        long outboxBefore = lastOutboxSeq();
        TimedImport first = TimedImport.of(MEMBERS_PATH, file);
        assertEquals(
                MEMBERS, first.job().getInt("createdRows"), () -> first.job().prettify());
        long outboxAfter = lastOutboxSeq();
        TimedImport again = TimedImport.of(MEMBERS_PATH, file);
        assertEquals(MEMBERS, again.job().getInt("unchangedRows"));
        double copySeconds = copy(file);
        double copyAllSeconds = copyEverythingWritten(outboxBefore, outboxAfter);

        for (int i = 0; i < warmUps.size(); i++) {
            warmUps.get(i)
                    .log(
                            i == 0 ? "cold import (the service's first) of other members" : "warm-up import " + i,
                            MEMBERS);
        }
        first.log("import of members via API (CSV, upsert, events)", MEMBERS);
        again.log("same file again (all unchanged)", MEMBERS);
        LOG.infof(
                "BENCHMARK COPY of the same rows into a table like members (same indexes): %.2f s = %.0f rows/s; import/COPY time = %.1fx (job's own time)",
                copySeconds, MEMBERS / copySeconds, first.jobSeconds() / copySeconds);
        LOG.infof(
                "BENCHMARK COPY of every row the import wrote (its members, their history rows, its outbox records) into tables like theirs (same indexes): %.2f s; import/COPY time = %.1fx (job's own time)",
                copyAllSeconds, first.jobSeconds() / copyAllSeconds);
    }

    /** 250 grassroots committees and 500 cells founded, 150 cells moved, 100 events redelivered: 1,000 events. */
    private List<UUID> replicaConvergesAfterABurst() throws Exception {
        Organization bloc = Organization.bloc();
        Random random = new Random(7);
        List<Organization> committees = new ArrayList<>();
        List<Organization> cells = new ArrayList<>();
        List<Runnable> burst = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            committees.add(org(bloc, "GRASSROOTS_COMMITTEE"));
        }
        for (int i = 0; i < 500; i++) {
            cells.add(org(committees.get(i % committees.size()), "SUBORDINATE_CELL"));
        }
        committees.forEach(c -> burst.add(() -> founded(c, 0)));
        cells.forEach(c -> burst.add(() -> founded(c, 0)));
        List<Organization> moved = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Organization cell = cells.get(i);
            Organization target = committees.get(random.nextInt(committees.size()));
            Organization after = new Organization(cell.id(), append(target.path(), cell.id()), cell.type());
            cells.set(i, after);
            moved.add(after);
            burst.add(() -> send("OrganizationMoved", after, 1));
        }
        for (int i = 0; i < 100; i++) {
            Organization again = committees.get(i);
            burst.add(() -> founded(again, 0));
        }
        long started = System.nanoTime();
        burst.forEach(Runnable::run);
        EventFeed.flush();
        double sent = (System.nanoTime() - started) / 1e9;
        Organization last = moved.get(moved.size() - 1);
        Awaitility.await()
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> replicated(cells, moved));
        double converged = (System.nanoTime() - started) / 1e9;
        assertEquals("ACTIVE@1", ReplicaProbe.status(last.id()));
        LOG.infof(
                "BENCHMARK replica: %d organization events sent in %.2f s; replica converged %.2f s after the first was sent",
                burst.size(), sent, converged);
        return cells.stream().map(Organization::id).toList();
    }

    private static boolean replicated(List<Organization> cells, List<Organization> moved) throws Exception {
        try (Connection c = PostgresResource.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*) filter (where version = 1), count(*) from organizations where id in ("
                                + String.join(
                                        ",",
                                        cells.stream()
                                                .map(o -> "'" + o.id() + "'")
                                                .toList()) + ")")) {
            rs.next();
            return rs.getLong(1) == moved.size() && rs.getLong(2) == cells.size();
        }
    }

    private static Organization org(Organization parent, String type) {
        UUID id = UUID.randomUUID();
        return new Organization(id, append(parent.path(), id), type);
    }

    private static List<UUID> append(List<UUID> path, UUID id) {
        List<UUID> longer = new ArrayList<>(path);
        longer.add(id);
        return longer;
    }

    private static void founded(Organization org, long version) {
        send("OrganizationFounded", org, version);
    }

    private static void send(String type, Organization org, long version) {
        UUID parent = org.path().get(org.path().size() - 2);
        Organization.sendAsync(
                type,
                org.id(),
                DocumentedEvent.organization(
                        type,
                        org.id(),
                        "B" + org.id().toString().substring(0, 8),
                        org.type(),
                        parent,
                        org.path(),
                        "ACTIVE",
                        version));
    }

    /** {@link #MEMBERS} members with national ids numbered from {@code firstNumber}, in the given cells. */
    private static String generatedMembers(List<UUID> cells, int firstNumber) {
        Random random = new Random(42 + firstNumber);
        StringBuilder csv = new StringBuilder(ImportTest.CSV_HEADER);
        for (int i = 0; i < MEMBERS; i++) {
            boolean woman = random.nextBoolean();
            int year = 1960 + random.nextInt(40);
            String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                    + (woman ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)]) + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String nationalId = "%03d%d%02d%06d"
                    .formatted(
                            1 + random.nextInt(96),
                            (year < 2000 ? 0 : 2) + (woman ? 1 : 0),
                            year % 100,
                            firstNumber + i);
            LocalDate admitted = LocalDate.of(
                    Math.min(2024, year + 22 + random.nextInt(15)), 1 + random.nextInt(12), 1 + random.nextInt(28));
            csv.append('"')
                    .append(name)
                    .append("\",")
                    .append(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append(',')
                    .append(woman ? "FEMALE" : "MALE")
                    .append(',')
                    .append(nationalId)
                    .append(',')
                    .append(admitted)
                    .append(',')
                    .append(admitted.plusYears(1))
                    .append(',')
                    .append(cells.get(random.nextInt(cells.size())))
                    .append(',')
                    .append(random.nextInt(10) < 4 ? "MASTER" : "BACHELOR")
                    .append(",\"Chuyên viên\",")
                    .append(random.nextInt(900) + 1)
                    .append("-QĐ/ĐU\n");
        }
        return csv.toString();
    }

    private static long lastOutboxSeq() throws Exception {
        try (Connection c = PostgresResource.connect();
                Statement s = c.createStatement();
                ResultSet last = s.executeQuery("select coalesce(max(seq), 0) from outbox")) {
            last.next();
            return last.getLong(1);
        }
    }

    /**
     * The import's whole write as {@code COPY} would make it: the rows it wrote to members, member_events and outbox
     * (its records after {@code outboxAfter}, up to {@code outboxUpTo}), copied out, then timed as they are copied into
     * a table like each, with the same indexes.
     */
    private static double copyEverythingWritten(long outboxAfter, long outboxUpTo) throws Exception {
        String importedMembers = "select cast(aggregate_id as uuid) from outbox where seq > " + outboxAfter
                + " and seq <= " + outboxUpTo;
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("members", "select * from members where id in (" + importedMembers + ")");
        rows.put("member_events", "select * from member_events where member_id in (" + importedMembers + ")");
        rows.put("outbox", "select * from outbox where seq > " + outboxAfter + " and seq <= " + outboxUpTo);
        double seconds = 0;
        try (Connection c = PostgresResource.connect();
                Statement s = c.createStatement()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, String> table : rows.entrySet()) {
                String bench = "bench_" + table.getKey();
                s.execute("drop table if exists " + bench + "; create table " + bench + " (like " + table.getKey()
                        + " including all)");
                StringWriter out = new StringWriter();
                long copiedOut = copy.copyOut("copy (" + table.getValue() + ") to stdout", out);
                assertEquals(MEMBERS, copiedOut, table.getKey() + ": a row for each member imported");
                long started = System.nanoTime();
                copy.copyIn("copy " + bench + " from stdin", new StringReader(out.toString()));
                seconds += (System.nanoTime() - started) / 1e9;
                s.execute("drop table " + bench);
            }
        }
        return seconds;
    }

    /** COPY of the same rows (with the columns an import fills) into a table like members, with the same indexes. */
    private static double copy(String file) throws Exception {
        try (Connection c = PostgresResource.connect();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_members; create table bench_members (like members including all)");
            StringBuilder rows = new StringBuilder();
            String[] lines = file.split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
                rows.append(UUID.randomUUID())
                        .append(',')
                        .append(f[0])
                        .append(',')
                        .append(f[1])
                        .append(',')
                        .append(f[2])
                        .append(',')
                        .append(f[3])
                        .append(',')
                        .append(f[4])
                        .append(',')
                        .append(f[5])
                        .append(",FULL,")
                        .append(f[6])
                        .append(",ACTIVE,")
                        .append(f[7])
                        .append(',')
                        .append(f[8])
                        .append(",0,now(),bench,now(),bench\n".replace("now()", "2026-01-01T00:00:00Z"));
            }
            long started = System.nanoTime();
            ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn("""
                    copy bench_members (id, full_name, date_of_birth, gender, national_id, admitted_on, full_member_since,
                    membership_kind, organization_id, status, degree, job_title, version, created_at, created_by, updated_at,
                    updated_by) from stdin with (format csv)""", new StringReader(rows.toString()));
            double seconds = (System.nanoTime() - started) / 1e9;
            s.execute("drop table bench_members");
            return seconds;
        }
    }
}
