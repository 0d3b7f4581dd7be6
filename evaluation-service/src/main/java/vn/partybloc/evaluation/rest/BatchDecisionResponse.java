package vn.partybloc.evaluation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchDecisionResult", description = "How many ratings a batch recorded.")
public record BatchDecisionResponse(
        @Schema(description = "Ratings recorded.", example = "2000")
        int recorded) {}
