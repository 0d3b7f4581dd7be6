package vn.partybloc.training.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompletionsResult", description = "What a completions request recorded.")
public record CompletionsResponse(
        @Schema(description = "Members recorded as completed (trained).")
        long completed,

        @Schema(description = "Members recorded as not completed.")
        long notCompleted,

        @Schema(description = "Training obligations these completions fulfilled.")
        int obligationsFulfilled) {}
