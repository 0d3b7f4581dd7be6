package vn.partybloc.platform.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import vn.partybloc.kernel.PlausibleDates;

/** A date in a path or query ({@code ?asOf=}) is held to the same range as a date in a body. */
@Provider
public class PlausibleDateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                return value == null ? null : PlausibleDates.parse(value);
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }
}
