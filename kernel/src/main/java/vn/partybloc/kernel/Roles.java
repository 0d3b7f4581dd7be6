package vn.partybloc.kernel;

import java.util.Set;
import java.util.function.Predicate;

/** Realm roles issued by Keycloak (see docs/architecture.md, Security), and who of their holders sees what. */
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
    /**
     * A clearance held beside a reader role (the HR system's service account holds it beside {@code integration}): reads
     * national ids and looks members up by national id, party card or dossier number. The gateway lets no token through on
     * it alone.
     */
    public static final String IDENTITY_READER = "identity-reader";

    /**
     * The claim carrying a secretary's organization id, and an inspector's: the organization whose inspection committee
     * they serve on (it does not confine them; it names the denunciations whose denouncer they may read).
     */
    public static final String ORG_ID_CLAIM = "org_id";

    /**
     * The claim naming the party member a secretary is: the gateway lets their requests through only while the
     * register shows them holding a secretary's position of {@code org_id}'s organization.
     */
    public static final String MEMBER_ID_CLAIM = "member_id";

    /** The roles whose holders see the whole Bloc, whatever other role they also hold. */
    public static final Set<String> UNCONFINED = Set.of(ADMIN, ORGANIZER, INSPECTOR, VIEWER, INTEGRATION);

    private Roles() {}

    /**
     * Whether a caller holding the roles {@code hasRole} accepts is confined to the subtree of their {@code org_id}:
     * when their only organization-bearing role is {@code secretary}.
     */
    public static boolean confinesToOwnSubtree(Predicate<String> hasRole) {
        return hasRole.test(SECRETARY) && UNCONFINED.stream().noneMatch(hasRole);
    }
}
