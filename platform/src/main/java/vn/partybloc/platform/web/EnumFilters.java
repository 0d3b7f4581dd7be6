package vn.partybloc.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A request's list of enum values as the filter it is: absent or empty means every value, which is the empty set. */
public final class EnumFilters {

    private EnumFilters() {}

    public static <E extends Enum<E>> Set<E> of(List<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }
}
