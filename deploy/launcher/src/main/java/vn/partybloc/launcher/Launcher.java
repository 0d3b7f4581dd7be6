package vn.partybloc.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.DemoSeed;

/**
 * Runs the whole system on one machine, without Docker: {@code start} (the default), {@code stop}, {@code status},
 * {@code reset}, {@code demo}, {@code bench}, {@code backup}, {@code restore <file>}, {@code logs <request id>} and {@code dlq [replay <id>]}. Data and logs live under {@code .local/} in the project folder and survive restarts.
 */
public final class Launcher {

    /** Where a start writes how long each part took (under the logs), which {@code bench} reports. */
    static final String START_TIMES = "start-times.tsv";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        // The embedded parts log to their own files; the terminal shows progress only.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String command = args.length == 0 ? "start" : args[0];
        Stack stack = new Stack(
                Path.of(System.getProperty("partybloc.home", "."))
                        .toAbsolutePath()
                        .normalize(),
                System.getenv());
        switch (command) {
            case "start" -> start(stack);
            case "stop" -> stop(stack);
            case "status" -> status(stack);
            case "reset" -> reset(stack);
            case "demo" -> demo(stack);
            case "bench" -> bench(stack, args);
            case "backup" -> backup(stack);
            case "restore" -> restore(stack, args.length > 1 ? args[1] : null);
            case "logs" -> logs(stack, args.length > 1 ? args[1] : null);
            case "dlq" -> deadLetters(stack, args);
            default -> {
                System.err.println(
                        "usage: run.sh [start|stop|status|reset|demo|bench [rate]|bench scale [members]|backup|restore <file>|logs <request id>|dlq [replay <id>]]");
                System.exit(2);
            }
        }
    }

    private static void start(Stack stack) throws Exception {
        if (stack.runningPid().isPresent()) {
            Console.fail("The stack is already running (launcher pid "
                    + stack.runningPid().get() + "); run.sh stop first");
        }
        Files.createDirectories(stack.logs());
        stack.writePid();
        List<AutoCloseable> parts = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            Console.info("Stopping…");
                            List<AutoCloseable> started;
                            synchronized (parts) {
                                started = new ArrayList<>(parts);
                            }
                            for (int i = started.size() - 1; i >= 0; i--) {
                                try {
                                    started.get(i).close();
                                } catch (Exception e) {
                                    Console.warn("stopping a part failed: " + e.getMessage());
                                }
                            }
                            stack.clearPid();
                            Console.info("Stopped.");
                            stopped.countDown();
                        },
                        "launcher-shutdown"));
        long began = System.nanoTime();
        try {
            stack.checkPortsFree();
            new StartOrder(stack).start(parts::add);
        } catch (Exception e) {
            Console.error(e.getMessage());
            System.exit(1);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        List<String> startTimes = new ArrayList<>(Console.startTimes());
        startTimes.add(String.format(Locale.ROOT, "the whole stack\t%.1f", millis / 1000.0));
        Files.write(stack.logs().resolve(START_TIMES), startTimes);
        Console.ready(stack, millis);
        stopped.await();
    }

    /** Loads the demo dataset into a running stack, through the gateway, as the admin demo user. */
    private static void demo(Stack stack) throws Exception {
        if (stack.runningPid().isEmpty()) {
            Console.fail("Start the stack first (./run.sh), then load the demo data from another terminal");
        }
        Console.info("Loading the demo dataset through the gateway…");
        long began = System.nanoTime();
        DemoDataset dataset = DemoDataset.generate(DemoSeed.DEMO);
        Console.info(String.format(
                "  generated %,d members and %,d committee members from seed %d (%.1f s)",
                dataset.members().size(),
                dataset.committeeMembers(),
                DemoSeed.DEMO.people(),
                (System.nanoTime() - began) / 1e9));
        ApiClient api = ApiClient.login(stack.url(Application.GATEWAY), stack.oidcUrl(), "admin", "admin-demo");
        DemoLoader.bindUsers(stack, api, new DemoLoader(api).load(dataset));
        Console.info("Done. GET /api/v1/reports/overview?asOf=" + DemoDataset.AS_OF + " shows the article's figures.");
    }

    /**
     * Measures the running stack (loaded with the demo) side by side and prints the tables; {@code rate} is the offered
     * rate of the point reads' latency run.
     */
    private static void bench(Stack stack, String[] args) throws Exception {
        Optional<Long> launcher = stack.runningPid();
        if (launcher.isEmpty()) {
            Console.fail("Start the stack first (" + Bench.START_COMMAND + ") and load the demo (./run.sh demo)");
        }
        if (args.length > 1 && args[1].equals("scale")) {
            int members = args.length > 2 ? Integer.parseInt(args[2]) : ScaleBench.DEFAULT_MEMBERS;
            Console.info(String.format(
                    "Loading a province of %,d members through the API and measuring it (on an empty stack: %s)…",
                    members, ScaleBench.START_COMMAND));
            Path file = new ScaleBench(stack).run(members);
            Console.info(Files.readString(file));
            Console.info("Written to " + file);
            return;
        }
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : Bench.DEFAULT_RATE;
        Console.info("Measuring the running stack (about ten minutes; it changes nothing)…");
        Bench bench = new Bench(stack, launcher.get());
        Path file = bench.run(rate);
        Console.info(Files.readString(file));
        Console.info("Written to " + file);
    }

    private static void stop(Stack stack) throws Exception {
        var pid = stack.runningPid();
        if (pid.isEmpty()) {
            Console.info("The stack is not running.");
            return;
        }
        ProcessHandle.of(pid.get()).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
        Console.info("Stopped.");
    }

    private static void status(Stack stack) {
        Console.info(
                stack.runningPid().map(p -> "running (launcher pid " + p + ")").orElse("not running"));
        stack.printHealth();
    }

    private static void logs(Stack stack, String requestId) throws IOException {
        if (requestId == null || requestId.isBlank()) {
            Console.fail("Name the request: run.sh logs <request id> (the X-Request-Id of its answer)");
        }
        if (!Files.isDirectory(stack.logs())) {
            Console.fail("No logs yet in " + stack.logs());
        }
        List<LogSearch.Line> lines = LogSearch.find(stack.logs(), requestId);
        lines.forEach(line -> Console.result(line.toString()));
        if (lines.isEmpty()) {
            Console.info("No line names " + requestId + " in " + stack.logs());
        }
    }

    /** Lists the dead letters, or replays one; against KAFKA_BOOTSTRAP_SERVERS if set, else the local stack's broker. */
    private static void deadLetters(Stack stack, String[] args) throws Exception {
        String bootstrap =
                Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).orElse("localhost:" + stack.kafkaPort());
        List<DeadLetters.Letter> letters = DeadLetters.read(bootstrap, Duration.ofSeconds(30));
        if (args.length == 1) {
            letters.forEach(letter -> Console.result(letter.describe()));
            Console.info(letters.size() + " dead-lettered records on " + bootstrap);
            return;
        }
        if (args.length != 3 || !args[1].equals("replay")) {
            Console.fail(
                    "usage: run.sh dlq [replay <id>], the id as run.sh dlq lists it (<topic>.dlq-<partition>@<offset>)");
        }
        Optional<DeadLetters.Letter> letter =
                letters.stream().filter(l -> l.id().equals(args[2])).findFirst();
        if (letter.isEmpty()) {
            Console.fail("No dead letter " + args[2] + " on " + bootstrap + "; run.sh dlq lists them");
            return;
        }
        Console.info("Replayed " + letter.get().id() + " to " + DeadLetters.replay(bootstrap, letter.get()));
    }

    private static void backup(Stack stack) throws IOException {
        if (stack.runningPid().isPresent()) {
            Console.fail("Stop the stack before backing it up (./run.sh stop): a backup is taken while nothing writes");
        }
        Path file = Backup.write(stack);
        Console.info("Backed up the databases, Kafka's log and the secrets to " + file + " (readable by you only)");
    }

    private static void restore(Stack stack, String file) throws IOException {
        if (file == null) {
            Console.fail("usage: run.sh restore <backup file>");
        }
        if (stack.runningPid().isPresent()) {
            Console.fail("Stop the stack before restoring a backup (./run.sh stop)");
        }
        Path before = Backup.restore(stack, Path.of(file).toAbsolutePath());
        Console.info("Restored " + file + "; the data it replaced is in " + before);
    }

    private static void reset(Stack stack) throws IOException {
        if (stack.runningPid().isPresent()) {
            Console.fail("Stop the stack before resetting its data");
        }
        if (Files.exists(stack.home())) {
            try (Stream<Path> files = Files.walk(stack.home())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Console.info("Deleted " + stack.home() + ": databases, Kafka log and logs are gone.");
    }
}
