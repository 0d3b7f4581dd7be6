package vn.partybloc.training.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrollmentRequest", description = "One member to enrol.")
public record EnrollmentRequest(
        @Schema(description = "The member (an active member known from member-service).") @NotNull
        UUID memberId) {}
