package vn.partybloc.member.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.QualificationLevels;

@Schema(
        name = "QualificationLevels",
        description = "People by the level of a free-text qualification (state management, foreign language, IT). No "
                + "code list of these levels is confirmed, so the levels are the values recorded, spellings that differ "
                + "only in case, accents or spaces grouped as one and named by the most used spelling; `UNKNOWN` for "
                + "none recorded.")
public record QualificationLevelsResponse(
        @Schema(description = "People per level.") Map<String, Long> counts,

        @Schema(description = "Share of the people per level, in percent, two decimals.")
        Map<String, Double> shares) {

    static QualificationLevelsResponse from(QualificationLevels levels) {
        return new QualificationLevelsResponse(levels.counts(), levels.shares());
    }
}
