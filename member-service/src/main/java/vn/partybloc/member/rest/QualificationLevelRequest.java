package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.QualificationKind;
import vn.partybloc.member.domain.QualificationLevelSpec;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "QualificationLevelRequest",
        description = "A level to add to a qualification's code list.",
        example = """
                {
                  "kind": "FOREIGN_LANGUAGE",
                  "code": "TIENG_PHAP_B1",
                  "label": "Tiếng Pháp B1",
                  "aliases": ["Tiếng Pháp bậc 3", "Pháp văn B1"]
                }""")
public record QualificationLevelRequest(
        @Schema(description = "The list the level belongs to.") @NotNull
        QualificationKind kind,

        @Schema(
                description = "The level's code in its list: capitals, digits and `_`.",
                example = "TIENG_PHAP_B1",
                maxLength = 40)
        @NotNull
        @Pattern(regexp = QualificationLevelDetailsRequest.CODE)
        @Size(max = 40)
        String code,

        @Schema(description = "The level's name, in Vietnamese.", example = "Tiếng Pháp B1", maxLength = 100)
        @NotBlank
        @Size(max = 100)
        @PlainText
        String label,

        @Schema(
                description = "The number of the document that defines the level; null (with `sourceDate`) when "
                        + "none is confirmed.",
                maxLength = 200)
        @Size(max = 200)
        @PlainText
        String sourceDocument,

        @Schema(description = "The date of that document.") LocalDate sourceDate,

        @Schema(description = QualificationLevelDetailsRequest.ALIASES, maxItems = 50) @Size(max = 50)
        List<@NotBlank @Size(max = 100) @PlainText String> aliases) {

    QualificationLevelSpec toDomain() {
        return QualificationLevelDetailsRequest.spec(code, label, sourceDocument, sourceDate, aliases);
    }
}
