package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.platform.web.PageRequest;

@Schema(
        name = "ReviewExportRequest",
        description = "Which ratings to export; an empty object exports every rating in force today that you may read.",
        example = """
                {
                  "organizationId": "7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c",
                  "year": 2024,
                  "subjectKinds": ["MEMBER"]
                }""")
public record ReviewExportRequest(
        @Schema(description = "Only the ratings of the units in this organization's subtree.")
        UUID organizationId,

        @Schema(
                description = "The ratings in force at the end of this day: decided on or before it and not replaced "
                        + "by a re-rating decided by then; today's if absent.")
        LocalDate asOf,

        @Schema(description = "Only the review cycle of this year; every year if absent.") @Min(2000) @Max(2200)
        Integer year,

        @Schema(description = "Only these subject kinds; every kind if absent.")
        @Size(max = PageRequest.MAX_FILTER_VALUES)
        List<@NotNull SubjectKind> subjectKinds) {}
