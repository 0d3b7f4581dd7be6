package vn.partybloc.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.partybloc.launcher.bench.ClosedLoad;
import vn.partybloc.launcher.bench.LoadClient;
import vn.partybloc.launcher.bench.Measurement;
import vn.partybloc.launcher.bench.OpenLoad;
import vn.partybloc.launcher.bench.PointSelectLoad;

/**
 * {@code ./run.sh bench}: measures the running stack side by side in one run and prints the table that
 * {@code docs/measurements.md} explains (point reads through the gateway and direct, the database's ceiling beside
 * them, the reads the throughput issue lists, memory and start times). It changes nothing in the stack.
 */
final class Bench {

    static final int CONNECTIONS = 8;
    static final Duration WARM_UP = Duration.ofSeconds(5);
    /**
     * Before the first measurement, each point read runs this long unmeasured: a service just started reaches its
     * steady rate only after about 50 s of load on one endpoint (its JIT: the member GET measured 373, 749, 1,160,
     * 1,734, then about 1,950 req/s in consecutive 13 s rounds after a start).
     */
    static final Duration FIRST_WARM_UP = Duration.ofSeconds(60);

    static final Duration CLOSED = Duration.ofSeconds(10);
    static final Duration OPEN = Duration.ofSeconds(10);
    static final int DEFAULT_RATE = 500;
    /** How to start the stack for the bench: the gateway's rate limit would answer most of the load with 429. */
    static final String START_COMMAND = "RATE_LIMIT_PER_MINUTE=100000000 ./run.sh";
    /** The demo's administrator: the Bloc in scope, so every read below answers the whole Bloc. */
    static final String USER = "admin";

    static final String PASSWORD = "admin-demo";

    /** A read a user waits for, at an offered rate it can bear on 2 cores, through the gateway. */
    record ListedRead(String name, String path, int perSecond) {}

    private final Stack stack;
    private final long launcherPid;
    private final BenchReport report = new BenchReport();

    Bench(Stack stack, long launcherPid) {
        this.stack = stack;
        this.launcherPid = launcherPid;
    }

    Path run(int rate) throws Exception {
        try (LoadClient client = new LoadClient(CONNECTIONS)) {
            return run(client, rate);
        }
    }

    private Path run(LoadClient client, int rate) throws Exception {
        BenchTargets targets =
                BenchTargets.read(ApiClient.login(stack.url(Application.GATEWAY), stack.oidcUrl(), USER, PASSWORD));
        report.memory("after the first requests", memory());
        pointReads(client, targets, rate);
        listedReads(client, targets);
        report.memory("after the load (peak: the most since start)", memory());
        report.startTimes(stack.logs().resolve(Launcher.START_TIMES));
        Path file = stack.home()
                .resolve("bench")
                .resolve("bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.markdown(rate));
        return file;
    }

    private void pointReads(LoadClient client, BenchTargets targets, int rate) throws Exception {
        String organizations = "/api/v1/organizations/";
        String members = "/api/v1/members/";
        for (Application application : List.of(Application.ORGANIZATION, Application.GATEWAY)) {
            warmUp(client, application, organizations, targets.organizations());
        }
        for (Application application : List.of(Application.MEMBER, Application.GATEWAY)) {
            warmUp(client, application, members, targets.members());
        }
        Measurement orgDirect = closed(
                client, "organization GET, direct", Application.ORGANIZATION, organizations, targets.organizations());
        Measurement orgGateway = closed(
                client, "organization GET, gateway", Application.GATEWAY, organizations, targets.organizations());
        Measurement memberDirect = closed(client, "member GET, direct", Application.MEMBER, members, targets.members());
        Measurement memberGateway =
                closed(client, "member GET, gateway", Application.GATEWAY, members, targets.members());
        Measurement database = PointSelectLoad.run(
                "PostgreSQL point select (organizations)",
                stack.jdbcUrl(Application.ORGANIZATION.database()),
                Postgres.USER,
                new LocalSecrets(stack.home()).get(LocalSecrets.POSTGRES_APP),
                "select * from organizations where id = ?",
                targets.organizations().stream().map(UUID::fromString).toList(),
                CONNECTIONS,
                WARM_UP,
                CLOSED);
        report.throughput(orgDirect, orgGateway, memberDirect, memberGateway, database);
        report.latencyAtRate(
                rate,
                open(
                        client,
                        "organization GET, direct",
                        Application.ORGANIZATION,
                        organizations,
                        targets.organizations(),
                        rate),
                open(
                        client,
                        "organization GET, gateway",
                        Application.GATEWAY,
                        organizations,
                        targets.organizations(),
                        rate),
                open(client, "member GET, direct", Application.MEMBER, members, targets.members(), rate),
                open(client, "member GET, gateway", Application.GATEWAY, members, targets.members(), rate));
    }

    private void listedReads(LoadClient client, BenchTargets targets) throws Exception {
        for (ListedRead read : listedReads(targets)) {
            report.listedRead(read.perSecond(), measure(client, read));
        }
    }

    /** The reads issue 15 lists, which the scale benchmark measures too. */
    static List<ListedRead> listedReads(BenchTargets targets) {
        return List.of(
                new ListedRead("subtree page (50)", "/api/v1/organizations/" + targets.bloc() + "/subtree?size=50", 20),
                new ListedRead(
                        "member search \"" + targets.searchTerm() + "\" (20)",
                        "/api/v1/members?size=20&q=" + targets.searchTerm(),
                        20),
                new ListedRead(
                        "member statistics, the Bloc",
                        "/api/v1/members/statistics?organizationId=" + targets.bloc(),
                        5),
                new ListedRead(
                        "member statistics, a grassroots committee",
                        "/api/v1/members/statistics?organizationId=" + targets.grassrootsCommittee(),
                        20),
                new ListedRead("attainment 2022", "/api/v1/reviews/attainment?year=2022", 5),
                new ListedRead("overview as of 2023-06-30", "/api/v1/reports/overview?asOf=2023-06-30", 2),
                new ListedRead("members' changes feed page (100)", "/api/v1/changes/members?limit=100", 20));
    }

    /** One listed read at its rate, after a warm-up at the same rate. */
    private Measurement measure(LoadClient client, ListedRead read) throws Exception {
        login(client);
        URI uri = URI.create(stack.url(Application.GATEWAY) + read.path());
        OpenLoad.run("warm-up", client, () -> uri, read.perSecond(), WARM_UP);
        return OpenLoad.run(read.name(), client, () -> uri, read.perSecond(), OPEN);
    }

    private void warmUp(LoadClient client, Application application, String path, List<String> ids) throws Exception {
        login(client);
        ClosedLoad.run("warm-up", client, cycling(application, path, ids), CONNECTIONS, Duration.ZERO, FIRST_WARM_UP);
    }

    private Measurement closed(LoadClient client, String name, Application application, String path, List<String> ids)
            throws Exception {
        login(client);
        return ClosedLoad.run(name, client, cycling(application, path, ids), CONNECTIONS, WARM_UP, CLOSED);
    }

    private Measurement open(
            LoadClient client, String name, Application application, String path, List<String> ids, int rate)
            throws Exception {
        login(client);
        return OpenLoad.run(name, client, cycling(application, path, ids), rate, OPEN);
    }

    /** The point reads go round the ids, so that no single row stays in every cache. */
    private Supplier<URI> cycling(Application application, String path, List<String> ids) {
        List<URI> uris = ids.stream()
                .map(id -> URI.create(stack.url(application) + path + id))
                .toList();
        AtomicInteger next = new AtomicInteger();
        return () -> uris.get(Math.floorMod(next.getAndIncrement(), uris.size()));
    }

    /** A fresh token before each measurement: they live 5 minutes, a measurement takes at most 15 s. */
    private void login(LoadClient client) throws Exception {
        login(stack, client);
    }

    static void login(Stack stack, LoadClient client) throws Exception {
        client.authorization("Bearer " + ApiClient.token(stack.oidcUrl(), ApiClient.passwordGrant(USER, PASSWORD)));
    }

    private List<BenchReport.Memory> memory() {
        return Arrays.stream(Application.values())
                .flatMap(application -> ProcessMemory.of(stack, application, launcherPid).stream()
                        .map(m -> new BenchReport.Memory(application.displayName(), m)))
                .toList();
    }
}
