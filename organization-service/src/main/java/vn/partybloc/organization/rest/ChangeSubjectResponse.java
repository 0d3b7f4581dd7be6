package vn.partybloc.organization.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.StructuralChange;
import vn.partybloc.organization.domain.SubjectRole;

@Schema(name = "StructuralChangeSubject", description = "An organization involved in a change.")
public record ChangeSubjectResponse(
        @Schema(description = "Organization id.") UUID organizationId,
        @Schema(description = "Its part in the change.") SubjectRole role) {

    static ChangeSubjectResponse from(StructuralChange.Subject s) {
        return new ChangeSubjectResponse(s.organizationId, s.role);
    }
}
