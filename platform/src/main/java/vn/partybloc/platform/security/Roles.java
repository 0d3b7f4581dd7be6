package vn.partybloc.platform.security;

/** Realm roles issued by Keycloak (see docs/architecture.md, Security). */
public final class Roles {

    /** Full control, including restricted data. */
    public static final String ADMIN = "admin";
    /** The organization department: writes organizations, members and committees. */
    public static final String ORGANIZER = "organizer";
    /** The inspection committee: evaluations and inspections; reads everything else. */
    public static final String INSPECTOR = "inspector";
    /** A grassroots secretary: reads and writes only inside their own organization subtree (claim {@code org_id}). */
    public static final String SECRETARY = "secretary";
    /** Read only. */
    public static final String VIEWER = "viewer";
    /** An HR system's service account: reads, bulk imports, changes feed. */
    public static final String INTEGRATION = "integration";

    /** The claim carrying a secretary's organization id. */
    public static final String ORG_ID_CLAIM = "org_id";

    private Roles() {}
}
