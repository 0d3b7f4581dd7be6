package vn.partybloc.training.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkEnrollmentResult", description = "What a bulk enrolment did.")
public record BulkEnrollmentResponse(
        @Schema(description = "Members enrolled now.") int enrolled,

        @Schema(description = "Selected members who were already enrolled (skipped).")
        int alreadyEnrolled,

        @Schema(description = "The new enrollments.") List<EnrollmentResponse> enrollments) {}
