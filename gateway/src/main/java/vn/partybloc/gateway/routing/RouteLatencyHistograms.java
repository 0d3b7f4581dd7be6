package vn.partybloc.gateway.routing;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Gives the gateway's request timer ({@code http.server.requests}, one series per route template, method and status)
 * histogram buckets, so that an operator's dashboard and alerts compute a route's latency quantiles across instances.
 * A few fixed buckets, from 10 ms to the 10 s of the longest report, rather than Micrometer's ~70: the series multiply by
 * routes and statuses.
 */
@Singleton
public class RouteLatencyHistograms {

    static final double[] BUCKETS = Stream.of(10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos())
            .toArray();

    @Produces
    @Singleton
    MeterFilter requestLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(BUCKETS)
                        .build()
                        .merge(config);
            }
        };
    }
}
