package vn.partybloc.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Progress lines on the terminal: which part is starting, which is ready and how long it took. */
final class Console {

    /** Each part started in this run and the seconds it took, tab-separated, for {@code ./run.sh bench}. */
    private static final List<String> STARTED = new ArrayList<>();

    private Console() {}

    static synchronized List<String> startTimes() {
        return List.copyOf(STARTED);
    }

    static <T> T step(String part, Callable<T> start) throws Exception {
        long began = System.nanoTime();
        System.out.printf("  %-24s starting…%n", part);
        try {
            T result = start.call();
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("  %-24s ready in %.1f s%n", part, seconds);
            synchronized (Console.class) {
                STARTED.add(String.format(Locale.ROOT, "%s\t%.1f", part, seconds));
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(part + " failed to start: " + e.getMessage(), e);
        }
    }

    static void ready(Stack stack, long millis) {
        System.out.printf("%nThe Party Bloc system is up in %.1f s.%n", millis / 1000.0);
        stack.printUrls();
        System.out.println("Logs: " + stack.logs() + "   Stop: Ctrl-C (or ./run.sh stop)");
    }

    /** A line of a command's result (run.sh logs, run.sh dlq), on standard output for a pipe or a file. */
    static void result(String line) {
        System.out.println(line);
    }

    static void info(String message) {
        System.out.println(message);
    }

    static void warn(String message) {
        System.err.println("warning: " + message);
    }

    static void error(String message) {
        System.err.println("error: " + message);
    }

    static void fail(String message) {
        error(message);
        System.exit(1);
    }
}
