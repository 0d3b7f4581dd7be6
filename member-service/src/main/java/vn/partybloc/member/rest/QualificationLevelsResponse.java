package vn.partybloc.member.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.QualificationLevels;

@Schema(
        name = "QualificationLevels",
        description = "People by the level of a qualification (state management, foreign language, IT), two ways. "
                + "`counts` and `shares` go by the text as recorded, spellings that differ only in case, accents or "
                + "spaces grouped as one and named by the most used spelling; `UNKNOWN` for none recorded. `byCode` "
                + "and `codeShares` go by the level of the code list (`/api/v1/qualification-levels`) the text names; "
                + "a text that names no level is counted in `unmapped`, its spellings in `unmappedCounts`. Every share "
                + "is of all the people counted, `UNKNOWN` included.")
public record QualificationLevelsResponse(
        @Schema(description = "People per level as recorded.")
        Map<String, Long> counts,

        @Schema(description = "Share of the people per level as recorded, in percent, two decimals.")
        Map<String, Double> shares,

        @Schema(description = "People per level code of the code list.")
        Map<String, Long> byCode,

        @Schema(description = "Share of the people per level code, in percent, two decimals.")
        Map<String, Double> codeShares,

        @Schema(description = "People whose recorded text names no level of the code list.")
        long unmapped,

        @Schema(description = "Their share, in percent, two decimals.")
        double unmappedShare,

        @Schema(
                description = "The unmapped people by their text, grouped as in `counts`: the spellings an admin may "
                        + "add to a level as aliases.")
        Map<String, Long> unmappedCounts) {

    static QualificationLevelsResponse from(QualificationLevels levels) {
        return new QualificationLevelsResponse(
                levels.counts(),
                levels.shares(),
                levels.byCode(),
                levels.codeShares(),
                levels.unmapped(),
                levels.unmappedShare(),
                levels.unmappedCounts());
    }
}
