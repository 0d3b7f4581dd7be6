package vn.partybloc.gateway.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import vn.partybloc.kernel.PlausibleDates;

/**
 * The reports' dates ({@code asOf}, {@code from}, {@code to}) are held to the services' range, so that a date out of it
 * is the gateway's own 400 rather than a 400 in each section of the report.
 */
@Provider
public class PlausibleDateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) new Converter() : null;
    }

    private static final class Converter implements ParamConverter<LocalDate> {

        @Override
        public LocalDate fromString(String value) {
            return value == null ? null : PlausibleDates.parse(value);
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    }
}
