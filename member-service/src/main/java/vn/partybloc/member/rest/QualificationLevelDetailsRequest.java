package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.QualificationLevelSpec;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "QualificationLevelDetailsRequest",
        description = "A level's code, label, source and aliases, replacing what it has; its list stays the same.",
        example = """
                {
                  "code": "BAC_3",
                  "label": "Bậc 3 (B1)",
                  "sourceDocument": "Thông tư 01/2014/TT-BGDĐT",
                  "sourceDate": "2014-01-24",
                  "aliases": ["Bậc 3", "B1", "Tiếng Anh B1", "Tiếng Anh bậc 3", "Anh văn B1"]
                }""")
public record QualificationLevelDetailsRequest(
        @Schema(
                description = "The level's code in its list: capitals, digits and `_`.",
                example = "BAC_3",
                maxLength = 40)
        @NotNull
        @Pattern(regexp = CODE)
        @Size(max = 40)
        String code,

        @Schema(description = "The level's name, in Vietnamese.", example = "Bậc 3 (B1)", maxLength = 100)
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

        @Schema(description = ALIASES, maxItems = 50) @Size(max = 50)
        List<@NotBlank @Size(max = 100) @PlainText String> aliases) {

    static final String CODE = "^[A-Z0-9_]{1,40}$";

    static final String ALIASES = "Other spellings that name the level besides its label. A member's text names the "
            + "level when it is spelled as the label or an alias, case, accents and spaces aside; no spelling may name "
            + "two levels of one list (`QUAL-ONE-LEVEL`).";

    QualificationLevelSpec toDomain() {
        return spec(code, label, sourceDocument, sourceDate, aliases);
    }

    static QualificationLevelSpec spec(
            String code, String label, String sourceDocument, LocalDate sourceDate, List<String> aliases) {
        return new QualificationLevelSpec(
                code,
                Text.nfc(label),
                Text.nfc(sourceDocument),
                sourceDate,
                aliases == null
                        ? List.of()
                        : aliases.stream().map(Text::nfc).distinct().toList());
    }
}
