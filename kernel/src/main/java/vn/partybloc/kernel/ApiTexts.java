package vn.partybloc.kernel;

/** Descriptions that the services' OpenAPI documents and the gateway's own must word alike. */
public final class ApiTexts {

    /** An {@code organizationId} query parameter that defaults to the caller's scope root. */
    public static final String SUBTREE_ROOT =
            "Root of the subtree; default: the caller's own organization for a secretary, else the Bloc.";

    /** The {@code Content-Language} header of a problem answer. */
    public static final String PROBLEM_CONTENT_LANGUAGE =
            "The language of `title`, `detail` and the errors' `message`: `vi` when `Accept-Language` prefers "
                    + "Vietnamese, else `en`.";

    private ApiTexts() {}
}
