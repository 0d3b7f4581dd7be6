package vn.partybloc.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native query rows, whichever Java type the driver and Hibernate gave them. */
public final class SqlValues {

    private SqlValues() {}

    /** A {@code date} column's value: null, a {@link LocalDate}, a {@link java.sql.Date} or its ISO text. */
    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
    }

    /** A {@code timestamptz} column's value: null, an {@link Instant}, an {@link OffsetDateTime}, a {@link java.sql.Timestamp} or its ISO text. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : Instant.parse(value.toString());
    }
}
