package vn.partybloc.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code page}, {@code size} and {@code sort} of a collection request. */
public class PageRequest {

    public static final int MAX_SIZE = 500;

    /** A repeated filter parameter (such as {@code status=A&status=B}) takes at most this many values. */
    public static final int MAX_FILTER_VALUES = 20;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{vn.partybloc.platform.web.PageRequest.page.min}")
    @Max(value = 1_000_000, message = "{vn.partybloc.platform.web.PageRequest.page.max}")
    @Parameter(description = "Page number, from 0.")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "{vn.partybloc.platform.web.PageRequest.size.min}")
    @Max(value = MAX_SIZE, message = "{vn.partybloc.platform.web.PageRequest.size.max}")
    @Parameter(description = "Page size, 1 to 500.")
    public int size;

    @QueryParam("sort")
    @Size(max = 64)
    @Pattern(regexp = "^[a-zA-Z]+(,(asc|desc))?$", message = "{vn.partybloc.platform.web.PageRequest.sort.pattern}")
    @Parameter(description = "Sort field and direction, e.g. `name,asc`.")
    public String sort;

    public int offset() {
        return page * size;
    }

    /** The requested sort as a safe SQL {@code ORDER BY} fragment, checked against the fields a resource allows. */
    public String orderBy(Set<String> allowed, String defaultField, java.util.function.UnaryOperator<String> column) {
        String field = defaultField;
        String direction = "asc";
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            field = parts[0];
            if (parts.length > 1) {
                direction = parts[1];
            }
            if (!allowed.contains(field)) {
                throw ProblemException.invalid("sort", "sort.allowed", new java.util.TreeSet<>(allowed));
            }
        }
        return column.apply(field) + ("desc".equals(direction) ? " desc" : " asc");
    }
}
