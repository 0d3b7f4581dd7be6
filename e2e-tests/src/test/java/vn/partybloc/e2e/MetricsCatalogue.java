package vn.partybloc.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics catalogue of docs/operations.md (section "Metrics"): each metric's Prometheus name and the parts that
 * expose it; and the metric names a PromQL expression reads.
 */
final class MetricsCatalogue {

    static final List<String> SERVICES =
            List.of("organization-service", "member-service", "training-service", "evaluation-service");
    static final Path OPERATIONS = KubernetesManifestsTest.PROJECT.resolve("docs/operations.md");

    /** The series a timer or histogram adds to its name. */
    private static final List<String> SUFFIXES = List.of("", "_bucket", "_count", "_sum", "_max");

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\|[^|]*\\|[^|]*\\| ([a-z -]+) \\|");
    private static final Pattern STRINGS = Pattern.compile("\"[^\"]*\"");
    private static final Pattern SELECTORS = Pattern.compile("\\{[^}]*}");
    private static final Pattern GROUPINGS = Pattern.compile("\\b(by|without)\\s*\\([^)]*\\)");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[a-z_][a-z0-9_]*\\b(?!\\s*\\()");

    record Metric(String name, List<String> parts) {

        /** Whether a scrape shows this metric (its own name, or a timer's series). */
        boolean in(String scrape) {
            return scrape.lines()
                    .anyMatch(line -> SUFFIXES.stream()
                            .anyMatch(suffix ->
                                    line.startsWith(name + suffix + " ") || line.startsWith(name + suffix + "{")));
        }

        /** Whether an expression's series name is this metric's own, or one of a timer's series. */
        boolean names(String series) {
            return SUFFIXES.stream().anyMatch(suffix -> series.equals(name + suffix));
        }
    }

    private MetricsCatalogue() {}

    static List<Metric> read() {
        try {
            return Files.readAllLines(OPERATIONS).stream()
                    .map(ROW::matcher)
                    .filter(Matcher::find)
                    .map(row -> new Metric(row.group(1), parts(row.group(2))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> parts(String from) {
        return switch (from) {
            case "services" -> SERVICES;
            case "all" ->
                List.of("gateway", "organization-service", "member-service", "training-service", "evaluation-service");
            default -> List.of(from);
        };
    }

    /** The series names an expression reads: what is left once strings, selectors, groupings and ranges are gone. */
    static Set<String> seriesIn(String promql) {
        String bare = RANGES.matcher(GROUPINGS
                        .matcher(SELECTORS
                                .matcher(STRINGS.matcher(promql).replaceAll(""))
                                .replaceAll(" "))
                        .replaceAll(" "))
                .replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifiers = IDENTIFIER.matcher(bare);
        while (identifiers.find()) {
            names.add(identifiers.group());
        }
        return names;
    }
}
