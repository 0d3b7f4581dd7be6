package vn.partybloc.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;
import vn.partybloc.training.domain.CourseTopic;

/** The Bloc's training policy: configurable values, not numbers taken from a regulation. */
@ConfigMapping(prefix = "partybloc.training")
public interface TrainingConfig {

    Obligation obligation();

    interface Obligation {
        /** Months a newly added committee member has to complete a matching course. */
        @WithDefault("12")
        int dueMonths();

        /** Topics of the courses that fulfil the obligation. */
        @WithDefault("PARTY_WORK,NEW_COMMITTEE_MEMBER")
        Set<CourseTopic> matchingTopics();

        /** How often overdue obligations are looked for ({@code off} disables the job). */
        @WithDefault("1h")
        String overdueCheck();
    }
}
