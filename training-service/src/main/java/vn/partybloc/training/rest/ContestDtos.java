package vn.partybloc.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.training.domain.Award;
import vn.partybloc.training.domain.Contest;
import vn.partybloc.training.domain.ContestKind;
import vn.partybloc.training.domain.ContestParticipant;
import vn.partybloc.training.domain.ContestRound;

/** Bodies and answers of the contest endpoints. */
final class ContestDtos {

    private ContestDtos() {}

    @Schema(name = "ContestRequest", description = "A contest to announce.")
    record ContestRequest(
            @Schema(
                    description = "Title, Unicode NFC.",
                    example = "Hội thi Bí thư chi bộ giỏi năm 2022",
                    maxLength = 300)
            @NotBlank
            @Size(max = 300)
            @PlainText
            String title,

            @Schema(description = "Kind.") @NotNull ContestKind kind,

            @Schema(description = "The organizing organization.") @NotNull
            UUID organizationId,

            @Schema(description = "Year.", example = "2022", minimum = "1930", maximum = "2200")
            @NotNull
            @Min(1930)
            @Max(2200)
            Integer year) {}

    @Schema(name = "ContestRoundRequest", description = "A round of a contest.")
    record RoundRequest(
            @Schema(description = "Order of the round, from 1.", example = "1", minimum = "1", maximum = "20")
            @NotNull
            @Min(1)
            @Max(20)
            Integer sequence,

            @Schema(description = "Name, e.g. Vòng sơ khảo.", example = "Vòng chung khảo", maxLength = 200)
            @NotBlank
            @Size(max = 200)
            @PlainText
            String name,

            @Schema(description = "Day it was held.", example = "2022-10-15") @NotNull
            LocalDate heldOn) {}

    @Schema(
            name = "ContestParticipantsRequest",
            description = "Members to register; already registered ones are skipped.")
    record ParticipantsRequest(
            @Schema(description = "Active members.", maxItems = 1000) @NotEmpty @Size(max = 1000)
            List<@NotNull UUID> memberIds) {}

    @Schema(
            name = "ContestScoresRequest",
            description = "Scores of registered participants in one round; recording one again replaces it.")
    record ScoresRequest(
            @Schema(description = "The round.") @NotNull UUID roundId,

            @Schema(description = "One item per participant.", maxItems = 1000) @NotEmpty @Size(max = 1000)
            List<@NotNull @Valid Score> scores) {

        @AssertTrue(message = "scores lists a member twice")
        @Schema(hidden = true)
        public boolean isDistinct() {
            return scores == null
                    || scores.stream()
                                    .filter(Objects::nonNull)
                                    .map(Score::memberId)
                                    .distinct()
                                    .count()
                            == scores.stream().filter(Objects::nonNull).count();
        }
    }

    @Schema(name = "ContestScore", description = "A participant's score in a round.")
    record Score(
            @Schema(description = "The participant (member id).") @NotNull
            UUID memberId,

            @Schema(description = "Score, 0 to 100, two decimals.", example = "92.5", minimum = "0", maximum = "100")
            @NotNull
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 2)
            BigDecimal score) {}

    @Schema(name = "ContestAwardsRequest", description = "Awards given to participants.")
    record AwardsRequest(
            @Schema(description = "One item per awarded participant.", maxItems = 1000) @NotEmpty @Size(max = 1000)
            List<@NotNull @Valid AwardItem> awards) {

        @AssertTrue(message = "awards lists a member twice")
        @Schema(hidden = true)
        public boolean isDistinct() {
            return awards == null
                    || awards.stream()
                                    .filter(Objects::nonNull)
                                    .map(AwardItem::memberId)
                                    .distinct()
                                    .count()
                            == awards.stream().filter(Objects::nonNull).count();
        }
    }

    @Schema(name = "ContestAward", description = "An award to a participant.")
    record AwardItem(
            @Schema(description = "The participant (member id).") @NotNull
            UUID memberId,

            @Schema(description = "The award.") @NotNull Award award) {}

    @Schema(name = "ContestRegistration", description = "What a registration did.")
    record Registration(
            @Schema(description = "Members registered now.") int registered) {}

    @Schema(name = "Contest", description = "A contest with its rounds and participants.")
    record ContestResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Title.") String title,
            @Schema(description = "Kind.") ContestKind kind,

            @Schema(description = "The organizing organization.")
            UUID organizationId,

            @Schema(description = "Year.") int year,
            @Schema(description = "Rounds in order.") List<RoundResponse> rounds,

            @Schema(description = "Participants in the order they registered.")
            List<ParticipantResponse> participants,

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
                    rounds.stream()
                            .map(r -> new RoundResponse(r.id, r.sequence, r.name, r.heldOn))
                            .toList(),
                    participants.stream()
                            .map(p -> new ParticipantResponse(
                                    p.memberId, p.organizationId, p.award, scores.getOrDefault(p.id, Map.of())))
                            .toList(),
                    c.version,
                    c.createdAt,
                    c.createdBy);
        }
    }

    @Schema(name = "ContestRound", description = "A round.")
    record RoundResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Order.") int sequence,
            @Schema(description = "Name.") String name,
            @Schema(description = "Day held.") LocalDate heldOn) {}

    @Schema(name = "ContestParticipant", description = "A participant, their scores by round id and their award.")
    record ParticipantResponse(
            @Schema(description = "The member.") UUID memberId,

            @Schema(description = "The member's cell when registered.")
            UUID organizationId,

            @Schema(description = "Award, if any.") Award award,
            @Schema(description = "Scores by round id.") Map<UUID, BigDecimal> scores) {}

    @Schema(name = "ContestSummary", description = "A contest in a list.")
    record ContestSummary(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Title.") String title,
            @Schema(description = "Kind.") ContestKind kind,
            @Schema(description = "Organizer.") UUID organizationId,
            @Schema(description = "Year.") int year) {

        static ContestSummary from(Contest c) {
            return new ContestSummary(c.id, c.title, c.kind, c.organizationId, c.year);
        }
    }
}
