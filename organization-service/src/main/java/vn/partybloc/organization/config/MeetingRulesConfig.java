package vn.partybloc.organization.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The cell-meeting rules the meetings report measures against, as data with their sources (ADR 0013). The values and
 * sources are in application.properties, so that a new regulation changes them without a release; a source that could
 * not be checked says so in {@code finding} rather than being guessed.
 */
@ConfigMapping(prefix = "partybloc.meeting-rules")
public interface MeetingRulesConfig {

    /** Regular meetings a cell holds every month. */
    Rule regular();

    /** Thematic meetings a cell holds at least every quarter. */
    Rule thematic();

    /** Months of a year with an absence without leave after which a member is flagged for the cell to consider. */
    Rule absence();

    interface Rule {
        int count();

        String source();

        /** What could not be verified about the source, if anything. */
        Optional<String> finding();
    }
}
