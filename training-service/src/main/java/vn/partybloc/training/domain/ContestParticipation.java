package vn.partybloc.training.domain;

import java.util.UUID;

/** A member's part in a contest: which contest and the award, if any. */
public record ContestParticipation(UUID contestId, String title, String kind, int year, String award) {}
