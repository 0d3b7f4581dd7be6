package vn.partybloc.admin;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.partybloc.kernel.BlocZone;

/**
 * How the pages write numbers and dates: as Vietnamese officials do (14.357; 4,42%; 30/06/2023). Called as
 * {@code fmt:day(value)}, so a value the API left out writes as nothing (or –) instead of failing the page.
 */
@TemplateExtension(namespace = "fmt")
final class Formats {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {}

    static String grouped(Number value) {
        return value == null ? "–" : NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }

    /** A share given as a percentage (4.42 is 4,42%). */
    static String percent(Number value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(value.doubleValue()) + "%";
    }

    /** A bar's length, as a share of the longest bar's value (of 100 when {@code longest} is 100), for CSS. */
    static String bar(Number value, Number longest) {
        if (value == null || longest == null || longest.doubleValue() <= 0) {
            return "0%";
        }
        return String.format(Locale.ROOT, "%.1f%%", Math.min(100, 100 * value.doubleValue() / longest.doubleValue()));
    }

    /** A month as the API writes it ({@code 2024-03}) as officials do (03/2024); anything else as it is. */
    static String month(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("\\d{4}-\\d{2}") ? value.substring(5) + "/" + value.substring(0, 4) : value;
    }

    /** Months as {@link #month} writes them, one after another. */
    static String months(List<String> values) {
        return values == null ? "" : values.stream().map(Formats::month).collect(Collectors.joining(", "));
    }

    /** Values one after another, as they are. */
    static String joined(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** A day, or an instant's day in Vietnam. */
    static String day(Temporal value) {
        if (value instanceof OffsetDateTime instant) {
            return DAY.format(instant.atZoneSameInstant(BlocZone.ZONE));
        }
        return value == null ? "" : DAY.format(value);
    }
}
