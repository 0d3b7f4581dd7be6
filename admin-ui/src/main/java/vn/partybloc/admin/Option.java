package vn.partybloc.admin;

import java.util.List;
import java.util.function.Function;

/** One choice of a list a form offers: the API's code, sent, and its label in the page's language, shown. */
public record Option(String code, String label) {

    /** The API's {@code values} as choices, each labelled in the page's words by {@code label} of its name. */
    static <E extends Enum<E>> List<Option> of(List<E> values, Function<String, String> label) {
        return values.stream()
                .map(value -> new Option(value.toString(), label.apply(value.name())))
                .toList();
    }
}
