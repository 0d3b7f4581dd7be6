package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a JSON document, in a client's terms: the field at fault and why, without Java type names. */
public final class JsonErrors {

    private JsonErrors() {}

    /** The field at fault and the reason; the field is null when the document itself is not JSON. */
    public static ProblemException.FieldIssue describe(JsonProcessingException e) {
        if (e instanceof InputPolicyException refused) {
            return new ProblemException.FieldIssue(path(refused), refused.reason());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ProblemException.FieldIssue(path(unknown), new ProblemMessage("json.unknown-property"));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new ProblemException.FieldIssue(
                    path(mapping),
                    e instanceof InvalidFormatException invalid
                            ? new ProblemMessage(
                                    "json.unreadable-as",
                                    invalid.getTargetType().getSimpleName())
                            : new ProblemMessage("json.wrong-shape"));
        }
        // Jackson's own message is English; the Vietnamese text leaves it out.
        return new ProblemException.FieldIssue(null, new ProblemMessage("json.not-json", e.getOriginalMessage()));
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
