package vn.partybloc.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.partybloc.launcher.bench.Measurement;

/** The bench's tables, in Markdown, so that a run pastes into {@code docs/measurements.md} as it is. */
final class BenchReport {

    record Memory(String application, ProcessMemory memory) {}

    private final List<String> throughput = new ArrayList<>();
    private final List<String> latency = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private final List<String> memory = new ArrayList<>();
    private final List<String> start = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    void throughput(
            Measurement orgDirect,
            Measurement orgGateway,
            Measurement memberDirect,
            Measurement memberGateway,
            Measurement database) {
        throughput.add(row(orgDirect, "1 (baseline)"));
        throughput.add(row(orgGateway, ratio(orgGateway.perSecond(), orgDirect.perSecond()) + " of direct"));
        throughput.add(
                row(memberDirect, ratio(memberDirect.perSecond(), orgDirect.perSecond()) + " of the organization GET"));
        throughput.add(row(memberGateway, ratio(memberGateway.perSecond(), memberDirect.perSecond()) + " of direct"));
        throughput.add(row(
                database, "organization GET direct: " + ratio(orgDirect.perSecond(), database.perSecond()) + " of it"));
        List.of(orgDirect, orgGateway, memberDirect, memberGateway).forEach(this::noteFailures);
    }

    void latencyAtRate(int rate, Measurement... measurements) {
        for (Measurement m : measurements) {
            latency.add(String.format(
                    Locale.ROOT,
                    "| %s | %,d of %,d/s | %.2f | %.2f | %.1f | %d |",
                    m.name(),
                    Math.round(m.perSecond()),
                    rate,
                    m.medianMillis(),
                    m.p99Millis(),
                    m.maxMillis(),
                    m.failures()));
            noteFailures(m);
        }
    }

    void listedRead(int rate, Measurement m) {
        reads.add(String.format(
                Locale.ROOT,
                "| %s | %d/s | %,d | %.1f | %.1f | %.1f | %d |",
                m.name(),
                rate,
                m.requests(),
                m.medianMillis(),
                m.p99Millis(),
                m.maxMillis(),
                m.failures()));
        noteFailures(m);
    }

    void memory(String when, List<Memory> processes) {
        for (Memory p : processes) {
            memory.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.0f | %.0f |",
                    p.application(),
                    when,
                    p.memory().pid(),
                    p.memory().residentKiB() / 1024.0,
                    p.memory().peakKiB() / 1024.0));
        }
    }

    void startTimes(Path file) throws IOException {
        if (!Files.exists(file)) {
            start.add("| (the stack's last start wrote no " + file.getFileName() + ") | |");
            return;
        }
        for (String line : Files.readAllLines(file)) {
            String[] part = line.split("\t");
            start.add("| " + part[0] + " | " + part[1] + " |");
        }
    }

    String markdown(int rate) {
        StringBuilder out = new StringBuilder();
        section(
                out,
                "Point reads, " + Bench.CONNECTIONS + " connections, each sending when answered ("
                        + Bench.CLOSED.toSeconds() + " s after " + Bench.WARM_UP.toSeconds() + " s of warm-up)",
                "| read | req/s | p50 ms | p99 ms | ratio |\n|---|---|---|---|---|",
                throughput);
        section(
                out,
                "The same reads at a constant offered rate of " + rate + "/s (" + Bench.OPEN.toSeconds()
                        + " s; latency from when each request was due)",
                "| read | answered | p50 ms | p99 ms | max ms | failed |\n|---|---|---|---|---|---|",
                latency);
        section(
                out,
                "Listed reads through the gateway at a constant offered rate (" + Bench.OPEN.toSeconds() + " s each)",
                "| read | rate | requests | p50 ms | p99 ms | max ms | failed |\n|---|---|---|---|---|---|---|",
                reads);
        section(
                out,
                "Resident memory",
                "| application | when | pid | RSS MB | peak RSS MB |\n|---|---|---|---|---|",
                memory);
        section(out, "The stack's last start", "| part | seconds |\n|---|---|", start);
        if (!failures.isEmpty()) {
            out.append("Failures (the figures above count them as answered):\n\n");
            failures.forEach(f -> out.append("- ").append(f).append('\n'));
        }
        return out.toString();
    }

    private void noteFailures(Measurement m) {
        if (m.failures() > 0) {
            String hint = m.firstFailure() != null && m.firstFailure().endsWith(" 429")
                    ? " (the gateway's rate limit: start the stack with " + Bench.START_COMMAND + ")"
                    : "";
            failures.add(m.name() + ": " + m.failures() + " failed, first: " + m.firstFailure() + hint);
        }
    }

    private static void section(StringBuilder out, String title, String header, List<String> rows) {
        out.append("### ").append(title).append("\n\n").append(header).append('\n');
        rows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
    }

    private static String row(Measurement m, String ratio) {
        return String.format(
                Locale.ROOT,
                "| %s | %,.0f | %.2f | %.2f | %s |",
                m.name(),
                m.perSecond(),
                m.medianMillis(),
                m.p99Millis(),
                ratio);
    }

    private static String ratio(double part, double whole) {
        return String.format(Locale.ROOT, "%.2f×", part / whole);
    }
}
