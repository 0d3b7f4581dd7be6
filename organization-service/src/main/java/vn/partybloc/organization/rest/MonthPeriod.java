package vn.partybloc.organization.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code from} and {@code to} of a period of whole months ({@code 2024-01}), both optional, at most 60 months. */
public class MonthPeriod {

    /** A month, {@code 2024-03}, of the years the input policy takes for dates (1900–2099). */
    static final String MONTH = "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$";

    @QueryParam("from")
    @Pattern(regexp = MONTH)
    @Size(min = 7, max = 7)
    @Parameter(description = "First month, `2024-01`; default January of `to`'s year. At most 60 months to `to`.")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = MONTH)
    @Size(min = 7, max = 7)
    @Parameter(description = "Last month, `2024-12`; default this month.")
    public String to;

    YearMonth first() {
        return month(from);
    }

    YearMonth last() {
        return month(to);
    }

    static YearMonth month(String value) {
        return value == null ? null : YearMonth.parse(value);
    }
}
