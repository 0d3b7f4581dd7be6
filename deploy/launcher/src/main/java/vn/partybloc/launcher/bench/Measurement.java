package vn.partybloc.launcher.bench;

import org.HdrHistogram.Histogram;

/**
 * What one load produced: how many requests were answered in how long, how many failed (an error or a status of 400 or
 * more), and the latencies in nanoseconds.
 */
public record Measurement(
        String name, long requests, long failures, String firstFailure, Histogram latency, double seconds) {

    public double perSecond() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    public double medianMillis() {
        return millis(latency.getValueAtPercentile(50));
    }

    public double p99Millis() {
        return millis(latency.getValueAtPercentile(99));
    }

    public double maxMillis() {
        return millis(latency.getMaxValue());
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
