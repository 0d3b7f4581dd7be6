package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a JSON document, in a client's terms: the field at fault and why, without Java type names. */
public final class JsonErrors {

    private JsonErrors() {}

    /** The field at fault and the reason; the field is null when the document itself is not JSON. */
    public static Problem.FieldError describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem.FieldError(path(unknown), "unknown or read-only property");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new Problem.FieldError(
                    path(mapping),
                    e instanceof InvalidFormatException invalid
                            ? "cannot be read as " + invalid.getTargetType().getSimpleName()
                            : "has the wrong type or shape");
        }
        return new Problem.FieldError(null, "not valid JSON: " + e.getOriginalMessage());
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
