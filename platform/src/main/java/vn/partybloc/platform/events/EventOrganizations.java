package vn.partybloc.platform.events;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The organizations an outbox event concerns, read from the service's {@code organizations} table (its own or its
 * replica: {@code id}, and {@code path}, the ids from the root down, each between slashes). A service whose events
 * name organizations keeps that table; the feed and webhooks of a subtree hold the events that named its root.
 */
public final class EventOrganizations {

    /** The organizations of a {@code uuid[]} parameter and every one above them; null when it names none known. */
    public static final String WITH_ANCESTORS = """
            (select array_agg(distinct cast(a as uuid))
             from organizations o cross join unnest(string_to_array(o.path, '/')) a
             where o.id = any(cast(? as uuid[])) and a <> '')""";

    private EventOrganizations() {}

    /** Whether the service knows the organization: an unknown subtree is a 404, not an empty feed. */
    public static boolean known(EntityManager em, UUID id) {
        return !em.createNativeQuery("select 1 from organizations where id = ?1")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }
}
