package vn.partybloc.training.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.Contest;
import vn.partybloc.training.domain.ContestKind;

/** Not {@code ContestSummaryResponse}: the list's schema takes its name from this class, {@code PageContestSummary}. */
@Schema(name = "ContestSummary", description = "A contest in a list.")
public record ContestSummary(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Title.") String title,
        @Schema(description = "Kind.") ContestKind kind,
        @Schema(description = "Organizer.") UUID organizationId,
        @Schema(description = "Year.") int year) {

    static ContestSummary from(Contest c) {
        return new ContestSummary(c.id, c.title, c.kind, c.organizationId, c.year);
    }
}
