package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Complaint;
import vn.partybloc.evaluation.domain.ComplaintChannel;
import vn.partybloc.evaluation.domain.ComplaintKind;
import vn.partybloc.evaluation.domain.ComplaintOutcome;
import vn.partybloc.evaluation.domain.ComplaintStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Complaint", description = "A complaint or denunciation, its deadlines and, once resolved, its outcome.")
public record ComplaintResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Complaint or denunciation.") ComplaintKind kind,
        @Schema(description = "When it was received.") LocalDate receivedOn,
        @Schema(description = "How it arrived.") ComplaintChannel channel,
        @Schema(description = "The member it is about.") UUID subjectMemberId,

        @Schema(description = "The organization it is about.")
        UUID subjectOrganizationId,

        @Schema(description = "The subject's organization (a member's cell when it was received).")
        UUID organizationId,

        @Schema(description = "What it says.") String content,

        @Schema(description = "No one is named as its author.")
        boolean anonymous,

        @Schema(
                description = "Who complained or denounced: absent when anonymous, and for a denunciation to every "
                        + "caller but an inspector of the committee it is assigned to.")
        String complainantName,

        @Schema(description = "Their address, telephone or e-mail, read as the name is.")
        String complainantContact,

        @Schema(description = "The organization whose inspection committee resolves it.")
        UUID assignedOrganizationId,

        @Schema(description = "Last day to acknowledge it, when the terms set one.")
        LocalDate acknowledgeBy,

        @Schema(
                description = "Last day to resolve it, when the terms set one; none for an anonymous denunciation, "
                        + "which is not resolved.")
        LocalDate resolveBy,

        @Schema(description = "Status.") ComplaintStatus status,
        @Schema(description = "When it was taken up.") LocalDate acknowledgedOn,
        @Schema(description = "Outcome, once resolved.") ComplaintOutcome outcome,
        @Schema(description = "The conclusion.") String conclusion,

        @Schema(description = "Number of the conclusion or decision.")
        String decisionNumber,

        @Schema(description = "When it was resolved.") LocalDate resolvedOn,
        @Schema(description = "When it was last changed.") Instant updatedAt,
        @Schema(description = "By whom.") String updatedBy,
        @Schema(description = "Version; also the ETag.") long version) {

    static ComplaintResponse from(Complaint c, boolean withComplainant) {
        return new ComplaintResponse(
                c.id,
                c.kind,
                c.receivedOn,
                c.channel,
                c.subjectMemberId,
                c.subjectOrganizationId,
                c.organizationId,
                c.content,
                c.isAnonymous(),
                withComplainant ? c.complainantName : null,
                withComplainant ? c.complainantContact : null,
                c.assignedOrganizationId,
                c.acknowledgeBy,
                c.resolveBy,
                c.status,
                c.acknowledgedOn,
                c.outcome,
                c.conclusion,
                c.decisionNumber,
                c.resolvedOn,
                c.updatedAt,
                c.updatedBy,
                c.version);
    }
}
