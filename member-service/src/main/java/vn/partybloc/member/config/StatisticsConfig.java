package vn.partybloc.member.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** How the statistics group people. */
@ConfigMapping(prefix = "partybloc.statistics")
public interface StatisticsConfig {

    /**
     * The ages (on the {@code asOf} day) at which a new age band starts, ascending: {@code 30,40,50,60} gives the bands
     * {@code <30}, {@code 30-39}, {@code 40-49}, {@code 50-59} and {@code >=60}.
     */
    @WithDefault("30,40,50,60")
    List<Integer> ageBandLimits();
}
