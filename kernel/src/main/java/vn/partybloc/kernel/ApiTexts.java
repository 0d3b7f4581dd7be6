package vn.partybloc.kernel;

/** Descriptions that the services' OpenAPI documents and the gateway's own must word alike. */
public final class ApiTexts {

    /** An {@code organizationId} query parameter that defaults to the caller's scope root. */
    public static final String SUBTREE_ROOT =
            "Root of the subtree; default: the caller's own organization for a secretary, else the Bloc.";

    /** The {@code from} of a period report, and its example (the article's period, 2021 to 06/2023). */
    public static final String PERIOD_FROM = "First day of the period (inclusive).";

    public static final String PERIOD_FROM_EXAMPLE = "2021-01-01";

    /** The {@code to} of a period report, and its example. */
    public static final String PERIOD_TO = "Last day of the period (inclusive), not before `from`.";

    public static final String PERIOD_TO_EXAMPLE = "2023-06-30";

    /** The {@code Content-Language} header of a problem answer. */
    public static final String PROBLEM_CONTENT_LANGUAGE =
            "The language of `title`, `detail` and the errors' `message`: `vi` when `Accept-Language` prefers "
                    + "Vietnamese, else `en`.";

    private ApiTexts() {}
}
