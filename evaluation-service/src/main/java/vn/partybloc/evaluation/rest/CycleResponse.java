package vn.partybloc.evaluation.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.CyclePeriod;
import vn.partybloc.evaluation.domain.ReviewCycle;
import vn.partybloc.evaluation.domain.RuleSet;

/** Not {@code ReviewCycleResponse}: the list's schema takes its name from this class, {@code PageCycleResponse}. */
@Schema(name = "ReviewCycle", description = "A review period.")
public record CycleResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The year.") int year,

        @Schema(description = "The period (YEAR; quarters and terms later).")
        CyclePeriod period,

        @Schema(description = "First day.") LocalDate startsOn,
        @Schema(description = "Last day.") LocalDate endsOn,

        @Schema(description = "The rule set in force on the first day.")
        UUID ruleSetId,

        @Schema(description = "Its code.") String ruleSetCode,
        @Schema(description = "Version; also the ETag.") long version) {

    static CycleResponse from(ReviewCycle c, RuleSet r) {
        return new CycleResponse(
                c.id,
                c.year,
                c.period,
                c.startsOn,
                c.endsOn,
                r == null ? null : r.id,
                r == null ? null : r.code,
                c.version);
    }
}
