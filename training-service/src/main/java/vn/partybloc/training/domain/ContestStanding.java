package vn.partybloc.training.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contest as it stands: its rounds, its participants and their scores (by member, then by round). */
public record ContestStanding(
        Contest contest,
        List<ContestRound> rounds,
        List<ContestParticipant> participants,
        Map<UUID, Map<UUID, BigDecimal>> scores) {}
