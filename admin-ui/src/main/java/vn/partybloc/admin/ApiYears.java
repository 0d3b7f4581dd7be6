package vn.partybloc.admin;

import jakarta.ws.rs.BadRequestException;

/**
 * The years the API's yearly lists and reports take (2000–2200): a page asked for another is the console's 400 page
 * saying so, before anything is asked of the API, rather than the API's refusal in each of the page's parts.
 */
final class ApiYears {

    static final int FIRST = 2000;
    static final int LAST = 2200;

    private ApiYears() {}

    /** {@code year} itself (none asks for every year), or a 400 in the user's words when the API would refuse it. */
    static Integer checked(Integer year, Messages words) {
        if (year != null && (year < FIRST || year > LAST)) {
            throw new BadRequestException(words.year_out_of_range(FIRST, LAST));
        }
        return year;
    }
}
