package vn.partybloc.platform.events;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The organizations outbox events concern, with every one above them, read from the service's {@code organizations}
 * table (its own or its replica: {@code id}, and {@code path}, the ids from the root down, each between slashes). A
 * service whose events name organizations keeps that table; the feed and webhooks of a subtree hold the events whose
 * organizations include its root (ADR 0023).
 */
public final class EventOrganizations {

    /** Each organization known to the service, by id, with the ids of its path (itself included). */
    private final Map<UUID, List<UUID>> paths;

    private EventOrganizations(Map<UUID, List<UUID>> paths) {
        this.paths = paths;
    }

    /** The paths of the organizations some events name, read once for all of them. */
    static EventOrganizations of(Connection connection, Collection<Set<UUID>> named) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        named.forEach(ids::addAll);
        Map<UUID, List<UUID>> paths = new HashMap<>();
        if (ids.isEmpty()) {
            return new EventOrganizations(paths);
        }
        try (PreparedStatement select =
                connection.prepareStatement("select id, path from organizations where id = any(?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    paths.put(rows.getObject(1, UUID.class), ids(rows.getString(2)));
                }
            }
            array.free();
        }
        return new EventOrganizations(paths);
    }

    /** {@code named} and every organization above them, in id order; null when the service knows none of them. */
    UUID[] withAncestors(Set<UUID> named) {
        Set<UUID> all = new TreeSet<>();
        for (UUID id : named) {
            all.addAll(paths.getOrDefault(id, List.of()));
        }
        return all.isEmpty() ? null : all.toArray(UUID[]::new);
    }

    /** Whether the service knows the organization: an unknown subtree is a 404, not an empty feed. */
    public static boolean known(EntityManager em, UUID id) {
        return !em.createNativeQuery("select 1 from organizations where id = ?1")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }

    private static List<UUID> ids(String path) {
        return Arrays.stream(path.split("/"))
                .filter(part -> !part.isEmpty())
                .map(UUID::fromString)
                .toList();
    }
}
