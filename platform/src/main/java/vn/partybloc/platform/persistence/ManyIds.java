package vn.partybloc.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Many ids in one statement as one array parameter ({@code id = any(cast(?1 as uuid[]))}), never as an {@code in} list
 * of one parameter each: once the driver prepares a statement on the server, PostgreSQL's generic plan of an {@code in}
 * list builds the list again for every row it reads (docs/measurements.md, the member import).
 */
public final class ManyIds {

    private ManyIds() {}

    /** The entities of {@code table} whose primary key {@code id} is one of {@code ids}, in no particular order. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> load(EntityManager em, Class<T> entity, String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select * from " + table + " where id = any(cast(?1 as uuid[]))", entity)
                .setParameter(1, array(ids))
                .getResultList();
    }

    /** The ids as the value of a {@code cast(? as uuid[])} parameter. */
    public static UUID[] array(Collection<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
