package vn.partybloc.training.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrollmentRequest", description = "One member to enrol.", example = """
                {
                  "memberId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61"
                }""")
public record EnrollmentRequest(
        @Schema(description = "The member (an active member known from member-service).") @NotNull
        UUID memberId) {}
