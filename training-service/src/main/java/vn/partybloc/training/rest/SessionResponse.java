package vn.partybloc.training.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionResult", description = "Attendance recorded for one session.")
public record SessionResponse(
        @Schema(description = "Recorded present.") int present,
        @Schema(description = "Recorded absent.") int absent) {}
