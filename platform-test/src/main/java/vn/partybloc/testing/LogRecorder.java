package vn.partybloc.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Records every line the application logs while it is open (try-with-resources), with the logging context (MDC) each
 * line had as it was written: for tests of what is logged, at which level and under which request id.
 */
public final class LogRecorder extends Handler implements AutoCloseable {

    private final List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    public LogRecorder() {
        root.addHandler(this);
    }

    /** The lines so far; {@link ExtLogRecord#getFormattedMessage()} is the text, {@code getMdc(key)} its context. */
    public List<ExtLogRecord> lines() {
        return lines;
    }

    /** The lines so far at {@code level} or above, as "logger: message". */
    public List<String> atLeast(Level level) {
        return lines.stream()
                .filter(line -> line.getLevel().intValue() >= level.intValue())
                .map(line -> line.getLoggerName() + ": " + line.getFormattedMessage())
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord line) {
            line.copyMdc(); // as the line is written, on the thread that logs it
            lines.add(line);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
