package vn.partybloc.member.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Domain rule 13. The age limit of the 2025 planning regulation is not confirmed, so it is unset unless configured. */
@ConfigMapping(prefix = "partybloc.succession")
public interface SuccessionConfig {

    /** A candidate older than this on 1 January of the term's first year cannot serve a full term (SUC-FULL-TERM). */
    Optional<Integer> maxAgeAtTermStart();

    /** "Young" in the plan report: younger than this on 1 January of the term's first year. */
    @WithDefault("40")
    int youngUnder();

    /** Reported target, percent of candidates who are young (rule 13: at least 15%). */
    @WithDefault("15")
    double youngTarget();

    /** Reported target, percent of candidates who are women (rule 13: at least 25%). */
    @WithDefault("25")
    double womenTarget();
}
