package vn.partybloc.organization.rest;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.StructureWarning;

@Schema(
        name = "StructureWarning",
        description =
                "A domain rule the organization does not meet, reported and not refused (domain rules 1 and 2: the "
                        + "superior may consent to an exception). Counted now, from the members member-service has "
                        + "published.")
public record StructureWarningResponse(
        @Schema(
                description = "The rule id, as listed in docs/rules.md (a string, so that new rules can be added).",
                example = "ORG-CELL-FULL-MEMBERS")
        String rule,

        @Schema(
                description = "What is wrong, in the caller's language (`Accept-Language`).",
                example = "Cell CB-01 has 2 full member(s), fewer than the 3 a cell needs (Điều lệ Đảng, điều 21)")
        String detail,

        @Schema(description = "The members counted: full members for rule 1, members on the register for rule 2.")
        long count,

        @Schema(description = "The threshold the count was compared with (configuration).", example = "3")
        int threshold,

        @Schema(description = "The document the threshold comes from.", example = "Điều lệ Đảng, điều 21")
        String source) {

    static StructureWarningResponse from(StructureWarning w, Locale locale) {
        return new StructureWarningResponse(w.rule(), w.detail().in(locale), w.count(), w.threshold(), w.source());
    }

    static List<StructureWarningResponse> from(List<StructureWarning> warnings, Locale locale) {
        return warnings.stream().map(w -> from(w, locale)).toList();
    }
}
