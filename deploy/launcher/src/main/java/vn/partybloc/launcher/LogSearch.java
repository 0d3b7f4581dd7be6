package vn.partybloc.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code run.sh logs <request id>}: the lines of every part's log that name it, the gateway's access line and whatever
 * the services logged while they handled the request, in time order, each after the name of its part.
 */
final class LogSearch {

    /** The start of a Quarkus log line: {@code 2026-12-03 05:52:44,509}. */
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}");

    record Line(String part, String text) {

        String when() {
            return TIMESTAMP.matcher(text).find() ? text.substring(0, 23) : "";
        }

        @Override
        public String toString() {
            return part + " | " + text;
        }
    }

    private LogSearch() {}

    static List<Line> find(Path logs, String needle) throws IOException {
        List<Line> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String part = file.getFileName().toString().replaceFirst("\\.log$", "");
            // A log may hold bytes that are not UTF-8 (a part's native output): they read as U+FFFD, not as a failure
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    if (text.contains(needle)) {
                        found.add(new Line(part, text));
                    }
                }
            }
        }
        // Stable: lines without a timestamp keep their place in their file's order, ahead of the timed ones
        found.sort(Comparator.comparing(Line::when));
        return found;
    }
}
