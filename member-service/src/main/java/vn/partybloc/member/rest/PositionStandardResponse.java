package vn.partybloc.member.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.MemberStatistics;
import vn.partybloc.member.domain.PoliticalTheory;

@Schema(
        name = "PositionStandard",
        description = "The qualification standard a seat of a position is measured against: configuration "
                + "(`partybloc.committee-standard.*`), not a confirmed rule. An absent level requires nothing.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PositionStandardResponse(
        @Schema(
                description = "The lowest political-theory level, in the order ELEMENTARY, INTERMEDIATE, ADVANCED, "
                        + "BACHELOR.")
        PoliticalTheory minPoliticalTheory,

        @Schema(description = "The lowest degree (BACHELOR and ENGINEER are one level).")
        Degree minDegree) {

    static PositionStandardResponse from(MemberStatistics.PositionStandard s) {
        return new PositionStandardResponse(s.minPoliticalTheory(), s.minDegree());
    }
}
