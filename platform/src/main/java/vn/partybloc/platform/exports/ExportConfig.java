package vn.partybloc.platform.exports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partybloc.exports")
public interface ExportConfig {

    /** How long a finished export can be downloaded; then it is deleted. */
    @WithDefault("24h")
    Duration retention();

    /** The longest an export may run (its transaction's timeout); one still unfinished after it is marked FAILED. */
    @WithDefault("1h")
    Duration timeout();

    /** Exports waiting or running in one process at most; beyond it, a 429. */
    @WithDefault("4")
    int maxQueued();
}
