package vn.partybloc.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.Award;
import vn.partybloc.training.domain.Contest;
import vn.partybloc.training.domain.ContestKind;
import vn.partybloc.training.domain.ContestParticipant;
import vn.partybloc.training.domain.ContestRound;

@Schema(name = "Contest", description = "A contest with its rounds and participants.")
public record ContestResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Title.") String title,
        @Schema(description = "Kind.") ContestKind kind,

        @Schema(description = "The organizing organization.")
        UUID organizationId,

        @Schema(description = "Year.") int year,
        @Schema(description = "Rounds in order.") List<ContestRoundResponse> rounds,

        @Schema(description = "Participants in the order they registered.")
        List<Participant> participants,

        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "When it was announced.") Instant createdAt,
        @Schema(description = "Who announced it.") String createdBy) {

    static ContestResponse from(
            Contest c,
            List<ContestRound> rounds,
            List<ContestParticipant> participants,
            Map<UUID, Map<UUID, BigDecimal>> scores) {
        return new ContestResponse(
                c.id,
                c.title,
                c.kind,
                c.organizationId,
                c.year,
                rounds.stream().map(ContestRoundResponse::from).toList(),
                participants.stream()
                        .map(p -> new Participant(
                                p.memberId, p.organizationId, p.award, scores.getOrDefault(p.id, Map.of())))
                        .toList(),
                c.version,
                c.createdAt,
                c.createdBy);
    }

    @Schema(name = "ContestParticipant", description = "A participant, their scores by round id and their award.")
    public record Participant(
            @Schema(description = "The member.") UUID memberId,

            @Schema(description = "The member's cell when registered.")
            UUID organizationId,

            @Schema(description = "Award, if any.", nullable = true)
            Award award,

            @Schema(description = "Scores by round id.") Map<UUID, BigDecimal> scores) {}
}
