package vn.partybloc.organization.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.ChangeKind;
import vn.partybloc.organization.domain.StructuralChange;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StructuralChange", description = "A recorded structural change, with its decision and author.")
public record ChangeResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Kind of change.") ChangeKind kind,

        @Schema(description = "Decision number; absent for plain updates.")
        String decisionNumber,

        @Schema(description = "Decision date.") LocalDate decisionDate,

        @Schema(description = "Date the change took effect.")
        LocalDate effectiveDate,

        @Schema(description = "Superior outside the Bloc, for transfers out and in.")
        String counterparty,

        @Schema(description = "When it was recorded.") Instant recordedAt,
        @Schema(description = "Who recorded it.") String recordedBy,

        @Schema(description = "The organizations involved and their part in it.")
        List<ChangeSubjectResponse> organizations) {

    static ChangeResponse from(StructuralChange c) {
        return new ChangeResponse(
                c.id,
                c.kind,
                c.decisionNumber,
                c.decisionDate,
                c.effectiveDate,
                c.counterparty,
                c.recordedAt,
                c.recordedBy,
                c.subjects.stream().map(ChangeSubjectResponse::from).toList());
    }
}
