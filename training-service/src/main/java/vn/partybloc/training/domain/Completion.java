package vn.partybloc.training.domain;

import java.time.LocalDate;
import java.util.UUID;

/** How a course ended for one member; {@code completedOn} null means the course's last day. */
public record Completion(UUID memberId, CompletionResult result, LocalDate completedOn, String certificateNumber) {}
