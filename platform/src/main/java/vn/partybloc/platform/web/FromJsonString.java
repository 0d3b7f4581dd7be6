package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** A value read from a JSON string only, never converted from a number, a boolean or an array. */
abstract class FromJsonString<T> extends StdScalarDeserializer<T> {

    FromJsonString(Class<T> type) {
        super(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public final T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        return read(parser.getText(), parser, context);
    }

    /** The value of that text, or an exception naming what is wrong with it. */
    abstract T read(String text, JsonParser parser, DeserializationContext context) throws IOException;
}
