package vn.partybloc.member.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.QualificationKind;
import vn.partybloc.member.domain.QualificationLevel;

@Schema(
        name = "QualificationLevel",
        description = "A level of a qualification's code list. A member whose recorded text is spelled as its label or "
                + "an alias has its code (`stateManagementCode`, `foreignLanguageCode`, `itSkillCode`). A level "
                + "without a source is unconfirmed: the levels Party records use are not confirmed yet.")
public record QualificationLevelResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The list it belongs to.") QualificationKind kind,

        @Schema(description = "Its code in the list.", example = "BAC_3")
        String code,

        @Schema(description = "Its name, in Vietnamese.", example = "Bậc 3 (B1)")
        String label,

        @Schema(
                description = "The number of the document that defines it; null when unconfirmed.",
                example = "Thông tư 01/2014/TT-BGDĐT",
                nullable = true)
        String sourceDocument,

        @Schema(description = "The date of that document; null when unconfirmed.", nullable = true)
        LocalDate sourceDate,

        @Schema(description = "Other spellings that name it, in alphabetical order.")
        List<String> aliases,

        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "When it was recorded.") Instant createdAt,
        @Schema(description = "Who recorded it.") String createdBy,
        @Schema(description = "When it last changed.") Instant updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy) {

    static QualificationLevelResponse from(QualificationLevel level) {
        return new QualificationLevelResponse(
                level.id,
                level.kind,
                level.code,
                level.label,
                level.sourceDocument,
                level.sourceDate,
                level.aliases.stream().sorted().toList(),
                level.version,
                level.createdAt,
                level.createdBy,
                level.updatedAt,
                level.updatedBy);
    }
}
