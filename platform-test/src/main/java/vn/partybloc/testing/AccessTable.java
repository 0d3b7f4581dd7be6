package vn.partybloc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of the "Who may call what" part of docs/security.md, read as the data a security test checks: a table
 * {@code | route class | operations |} naming each route class's operations, and a table
 * {@code | caller | <route class> | ... |} giving each caller's answer per route class. The document and the test
 * cannot drift apart, because the test has no table of its own.
 */
public final class AccessTable {

    /** The document, as seen from a module's directory (where surefire runs). */
    public static final Path SECURITY_DOCUMENT = Path.of("..", "docs", "security.md");

    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    private final Map<String, List<String>> operations;
    private final Map<String, Map<String, Answer>> answers;

    private AccessTable(Map<String, List<String>> operations, Map<String, Map<String, Answer>> answers) {
        this.operations = operations;
        this.answers = answers;
    }

    /** The tables under {@code heading} (e.g. {@code "### organization-service"}) in {@link #SECURITY_DOCUMENT}. */
    public static AccessTable of(String heading) {
        return of(SECURITY_DOCUMENT, heading);
    }

    public static AccessTable of(Path document, String heading) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> routes = table(lines, heading, "route class");
        Map<String, List<String>> operations = new LinkedHashMap<>();
        for (List<String> row : routes.subList(1, routes.size())) {
            operations.put(row.get(0), quoted(row.get(1)));
        }
        List<List<String>> callers = table(lines, heading, "caller");
        List<String> header = callers.get(0);
        Map<String, Map<String, Answer>> answers = new LinkedHashMap<>();
        for (List<String> row : callers.subList(1, callers.size())) {
            Map<String, Answer> byClass = new LinkedHashMap<>();
            for (int i = 1; i < header.size(); i++) {
                byClass.put(header.get(i), Answer.parse(row.get(i)));
            }
            answers.put(row.get(0).replace("`", ""), byClass);
        }
        if (!operations.keySet().equals(answers.values().iterator().next().keySet())) {
            throw new IllegalStateException(heading + ": the route classes " + operations.keySet()
                    + " are not the columns of the caller table " + header);
        }
        return new AccessTable(operations, answers);
    }

    public List<String> routeClasses() {
        return List.copyOf(operations.keySet());
    }

    /** As {@code "METHOD /path"}, the path as in the OpenAPI document. */
    public List<String> operations(String routeClass) {
        return operations.get(routeClass);
    }

    /** The first cells of the caller table, without backticks. */
    public List<String> callers() {
        return List.copyOf(answers.keySet());
    }

    public Answer answer(String caller, String routeClass) {
        return answers.get(caller).get(routeClass);
    }

    /**
     * A cell: a status ({@code 403}), {@code allowed} (any 2xx), or a status inside a secretary's subtree followed by
     * the one outside it ({@code 200 inside their subtree; 404 outside it}).
     */
    public record Answer(String text, int status, Integer outside) {

        private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
        private static final int ANY_SUCCESS = 0;

        static Answer parse(String cell) {
            String text = cell.trim();
            Matcher codes = STATUS.matcher(text);
            int status;
            if (text.startsWith("allowed")) {
                status = ANY_SUCCESS;
            } else if (codes.find() && codes.start() == 0) {
                status = Integer.parseInt(codes.group(1));
            } else {
                throw new IllegalArgumentException("a cell must start with a status or 'allowed': " + text);
            }
            Integer outside = null;
            if (text.contains("outside")) {
                if (!codes.find()) {
                    throw new IllegalArgumentException("no status outside the subtree in: " + text);
                }
                outside = Integer.parseInt(codes.group(1));
            }
            return new Answer(text, status, outside);
        }

        /** Whether the caller may do what it asks: an allowed write must change something, a refused one nothing. */
        public boolean allowed() {
            return status == ANY_SUCCESS || status / 100 == 2;
        }

        public boolean accepts(int actual) {
            return status == ANY_SUCCESS ? actual / 100 == 2 : actual == status;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static List<List<String>> table(List<String> lines, String heading, String firstColumn) {
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException(SECURITY_DOCUMENT + " has no heading '" + heading + "'");
        }
        for (int i = start + 1; i < lines.size() && !endsSection(lines.get(i), heading); i++) {
            if (lines.get(i).startsWith("|") && cells(lines.get(i)).get(0).equals(firstColumn)) {
                List<List<String>> rows = new ArrayList<>();
                rows.add(cells(lines.get(i)));
                for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    rows.add(cells(lines.get(j)));
                }
                return rows;
            }
        }
        throw new IllegalStateException("no table '| " + firstColumn + " |' under '" + heading + "'");
    }

    private static boolean endsSection(String line, String heading) {
        int level = heading.indexOf(' ');
        return line.startsWith("#") && line.indexOf(' ') <= level;
    }

    private static List<String> cells(String line) {
        String[] parts = line.trim().split("\\|", -1);
        List<String> cells = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
            cells.add(parts[i].trim());
        }
        return cells;
    }

    private static List<String> quoted(String cell) {
        List<String> items = new ArrayList<>();
        Matcher m = QUOTED.matcher(cell);
        while (m.find()) {
            items.add(m.group(1));
        }
        return items;
    }
}
