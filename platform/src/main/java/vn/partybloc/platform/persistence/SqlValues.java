package vn.partybloc.platform.persistence;

import java.time.LocalDate;

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
}
