package vn.partybloc.platform.codes;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A code list: the codes a field of the register takes, with Vietnamese and English labels.")
public record CodeList(
        @Schema(description = "The list's name, its path segment.", example = "ethnicities")
        String name,

        @Schema(description = "What the list holds, in English.", example = "Ethnic groups of Viet Nam")
        String title,

        @Schema(description = "What the list holds, in Vietnamese.", example = "Danh mục các dân tộc Việt Nam")
        String titleVi,

        @Schema(
                description = "The document that defines the codes; null for the Bloc's own vocabulary and for the "
                        + "qualification levels admins keep, each of which names its own.",
                example = "Quyết định 121-TCTK/PPCĐ ngày 02/3/1979 của Tổng cục Thống kê",
                nullable = true)
        String source,

        @Schema(
                description = "The fields of the API whose values are this list's codes.",
                example = "[\"Member.ethnicity\"]")
        List<String> usedBy,

        @Schema(description = "The codes, in the order their source gives them.")
        List<Code> codes) {

    /**
     * The constants of an enum of the service's vocabulary, in their declared order, with the labels its {@code
     * labels.properties} and {@code labels_vi.properties} give them.
     */
    public static <E extends Enum<E>> CodeList of(
            String name, String title, String titleVi, List<String> usedBy, Class<E> vocabulary) {
        return new CodeList(
                name,
                title,
                titleVi,
                null,
                usedBy,
                Arrays.stream(vocabulary.getEnumConstants())
                        .map(VocabularyLabels::code)
                        .toList());
    }
}
