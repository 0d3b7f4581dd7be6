package vn.partybloc.member.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "partybloc.imports")
public interface ImportConfig {

    /** Rows written per transaction. */
    @WithDefault("500")
    int chunkSize();

    /** Jobs a process holds (running or waiting) before it answers 429: each keeps its file on disk until it ends. */
    @WithDefault("4")
    int maxQueued();

    /** Rows a file may hold: a longer one is refused with 413 before any job, naming this number. */
    @WithDefault("200000")
    int maxRows();

    /** Where files wait for their jobs; by default {@code partybloc-member-imports} in the temporary directory. */
    Optional<Path> directory();

    /** A job not refreshed for this long belongs to a process that died: it is marked FAILED. */
    @WithDefault("2m")
    Duration staleAfter();

    /** How often a process refreshes its jobs and fails the stale ones; well under {@link #staleAfter()}. */
    @WithDefault("30s")
    Duration heartbeat();
}
