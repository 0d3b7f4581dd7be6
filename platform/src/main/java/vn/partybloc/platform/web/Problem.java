package vn.partybloc.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details: the body of every error response. `title`, `detail` and each error's "
                + "`message` are in Vietnamese when the request's `Accept-Language` prefers `vi` (q-values honoured), "
                + "else in English; `Content-Language` names the language. `type` and `rule` are the stable, "
                + "untranslated identifiers to act on.")
public record Problem(
        @Schema(
                description = "URI identifying the problem type.",
                example = "https://partybloc.vn/problems/domain-rule")
        URI type,

        @Schema(description = "Short, human-readable summary of the problem type.", example = "Domain rule violated")
        String title,

        @Schema(description = "HTTP status code.", example = "422")
        int status,

        @Schema(description = "Explanation specific to this occurrence.")
        String detail,

        @Schema(description = "The request path that produced the problem.")
        String instance,

        @Schema(
                description = "Identifier of the domain rule broken (422 only), as listed in the domain rules.",
                example = "ORG-ALLOWED-PARENT")
        String rule,

        @Schema(
                description = "What is wrong, part by part: a `400`'s invalid fields; a `422`'s refused items of a "
                        + "batch (`items[i]`) or parts of the request (`results[i]`).")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One invalid field of a request, or one refused item of a batch.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(
                    description = "Path of the field in the request, e.g. `name` or `hostUnit.kind`, a query "
                            + "parameter name, or `items[i]`, the refused item of a batch.")
            String field,

            @Schema(description = "What is wrong with it.") String message,

            @Schema(
                    description = "A refused item of a batch only: the type of the problem that refused it, as the "
                            + "single command would have answered it (`domain-rule`, `conflict`, `not-found`, …).",
                    example = "https://partybloc.vn/problems/domain-rule")
            URI type,

            @Schema(
                    description = "A refused item of a batch only, when it broke a domain rule: the rule's "
                            + "identifier, as listed in the domain rules.",
                    example = "ORG-ALLOWED-PARENT")
            String rule) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }
}
