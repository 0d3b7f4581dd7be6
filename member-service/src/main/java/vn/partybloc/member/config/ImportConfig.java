package vn.partybloc.member.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partybloc.imports")
public interface ImportConfig {

    /** Rows written per transaction. */
    @WithDefault("500")
    int chunkSize();

    /** Jobs a process holds (running or waiting) before it answers 429: each holds its parsed file in memory. */
    @WithDefault("4")
    int maxQueued();

    /** A job not refreshed for this long belongs to a process that died: it is marked FAILED. */
    @WithDefault("2m")
    Duration staleAfter();
}
