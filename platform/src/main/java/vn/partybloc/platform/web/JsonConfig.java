package vn.partybloc.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Strict JSON for every service: unknown (or read-only) properties and nulls for primitives are refused, a value is
 * never converted from another JSON type ({@code "12"} is not a number, {@code 12} not a text, {@code "true"} not a
 * boolean), text must be well-formed Unicode and a date an ISO date from 1900 to 2100.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** After Quarkus registers the java.time module, whose date reader this one replaces. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("partybloc-input-policy")
                .addDeserializer(String.class, new WellFormedStrings())
                .addDeserializer(LocalDate.class, new PlausibleDateDeserializer()));
    }

    /**
     * A copy of the strict mapper for a format without types, such as CSV, whose cells are all text: numbers and
     * booleans are read from text (and nothing else is relaxed: dates, text and unknown columns as in JSON).
     */
    public static ObjectMapper forTextCells(ObjectMapper strict) {
        ObjectMapper cells = strict.copy();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            cells.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        }
        return cells;
    }
}
