package vn.partybloc.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.partybloc.launcher.bench.ClosedLoad;
import vn.partybloc.launcher.bench.ConsumerLag;
import vn.partybloc.launcher.bench.LoadClient;
import vn.partybloc.launcher.bench.Measurement;
import vn.partybloc.launcher.demo.ScaleProvince;
import vn.partybloc.launcher.demo.ScaleProvince.Grassroots;

/**
 * {@code ./run.sh bench scale [members]} (issue 15): loads a generated province through the API in two parts, a tenth
 * of it and then the rest, timing each step and the consumers' catch-up, and measures the listed reads after each part,
 * so that the same reads (one page, one grassroots committee) compare at both sizes in one run.
 */
final class ScaleBench {

    static final int DEFAULT_MEMBERS = 550_000;
    /** The scale benchmark needs a stack of its own: one Bloc root per stack, and the demo's would be in the way. */
    static final String START_COMMAND = "PARTYBLOC_DATA=.local-scale " + Bench.START_COMMAND;

    private static final long SEED = 20_230_630L;
    private static final Duration READ = Duration.ofSeconds(15);

    private record Size(int members, int organizations, List<ScaleLoader.Step> steps, List<Measurement> reads) {}

    private final Stack stack;

    ScaleBench(Stack stack) {
        this.stack = stack;
    }

    Path run(int members) throws Exception {
        long t = System.nanoTime();
        ScaleProvince province = ScaleProvince.generate(members, SEED);
        Console.info(String.format(
                "  generated %,d members in %,d organizations (%.1f s)",
                province.members(), province.organizations(), (System.nanoTime() - t) / 1e9));
        List<List<Grassroots>> parts = province.split(members / 10);
        ApiClient api = ApiClient.login(stack.url(Application.GATEWAY), stack.oidcUrl(), Bench.USER, Bench.PASSWORD);
        List<Size> sizes = new ArrayList<>();
        BenchTargets targets = null;
        try (ConsumerLag lag = new ConsumerLag(stack.kafkaPort());
                LoadClient client = new LoadClient(Bench.CONNECTIONS)) {
            ScaleLoader loader = new ScaleLoader(api, lag);
            loader.root(province);
            int loaded = 0;
            int loadedOrganizations = 1;
            for (List<Grassroots> part : parts) {
                Console.info(String.format("Loading %,d grassroots organizations…", part.size()));
                List<ScaleLoader.Step> steps = loader.load(part);
                loaded += part.stream().mapToInt(g -> g.members().size()).sum();
                loadedOrganizations +=
                        part.stream().mapToInt(g -> g.organizations().size()).sum();
                if (targets == null) {
                    targets = BenchTargets.read(api);
                    Console.info("  warming the reads up once, unmeasured");
                    reads(client, targets);
                }
                Console.info(String.format("Measuring the reads at %,d members…", loaded));
                sizes.add(new Size(loaded, loadedOrganizations, steps, reads(client, targets)));
            }
        }
        Path file = stack.home()
                .resolve("bench")
                .resolve("scale-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown(sizes));
        return file;
    }

    /**
     * Each read one request at a time: at a size where a read takes seconds, an offered rate it cannot bear leaves
     * requests running in the service after the client gave up on them, and they slow the next read measured (the
     * first run measured a grassroots committee's statistics at 27 s behind the Bloc's, 21 ms alone).
     */
    private List<Measurement> reads(LoadClient client, BenchTargets targets) throws Exception {
        List<Measurement> measured = new ArrayList<>();
        for (Bench.ListedRead read : Bench.listedReads(targets)) {
            Bench.login(stack, client);
            URI uri = URI.create(stack.url(Application.GATEWAY) + read.path());
            measured.add(ClosedLoad.run(read.name(), client, () -> uri, 1, Bench.WARM_UP, READ));
        }
        return measured;
    }

    private static String markdown(List<Size> sizes) {
        StringBuilder out = new StringBuilder();
        Duration total = Duration.ZERO;
        for (Size size : sizes) {
            out.append(String.format(
                    Locale.ROOT,
                    "### Loading through the gateway, up to %,d members in %,d organizations%n%n",
                    size.members(),
                    size.organizations()));
            out.append("| step | rows | requests s | rows/s | consumers caught up after s | peak lag |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (ScaleLoader.Step s : size.steps()) {
                double seconds = s.took().toMillis() / 1e3;
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %,d | %.1f | %,.0f | %.1f | %,d |%n",
                        s.name(),
                        s.rows(),
                        seconds,
                        s.rows() / Math.max(seconds, 0.001),
                        s.catchUp().took().toMillis() / 1e3,
                        s.catchUp().peakLag()));
                total = total.plus(s.took()).plus(s.catchUp().took());
            }
            out.append(String.format(
                    Locale.ROOT, "%nLoaded so far, consumers included: %.1f s%n%n", total.toMillis() / 1e3));
        }
        Size small = sizes.get(0);
        Size large = sizes.get(sizes.size() - 1);
        out.append(String.format(
                Locale.ROOT,
                "### Listed reads through the gateway at %,d and at %,d members (one at a time, %d s each after %d s of"
                        + " warm-up)%n%n",
                small.members(),
                large.members(),
                READ.toSeconds(),
                Bench.WARM_UP.toSeconds()));
        out.append(
                        "| read | requests small | p50 ms small | p99 ms small | requests large | p50 ms large | p99 ms large"
                                + " | p50 large / small | failed |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < small.reads().size(); i++) {
            Measurement a = small.reads().get(i);
            Measurement b = large.reads().get(i);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %d | %.1f | %.1f | %.2f× | %d |%n",
                    a.name(),
                    a.requests(),
                    a.medianMillis(),
                    a.p99Millis(),
                    b.requests(),
                    b.medianMillis(),
                    b.p99Millis(),
                    b.medianMillis() / a.medianMillis(),
                    a.failures() + b.failures()));
        }
        return out.toString();
    }
}
