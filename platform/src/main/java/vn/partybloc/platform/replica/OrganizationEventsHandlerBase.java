package vn.partybloc.platform.replica;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.platform.inbox.PoisonEventException;

/**
 * Keeps the {@code organizations} replica (see {@link OrganizationReplicaBase}) from organization-service's events.
 * Every organization event carries the organization's full state and version, so applying it is an upsert that ignores
 * anything older than the replica (ADR 0006). A service makes it a CDI bean with an {@code @ApplicationScoped}
 * subclass; this class is abstract so that organization-service, which also has the platform, consumes nothing.
 */
public abstract class OrganizationEventsHandlerBase implements EventHandler {

    public static final String TOPIC = "party.organizations.v1";

    @Inject
    EntityManager entityManager;

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (event.type().startsWith("Term")) {
            return;
        }
        JsonNode data = event.data();
        if (data == null
                || !data.hasNonNull("organizationId")
                || !data.path("path").isArray()) {
            throw new PoisonEventException(event.type() + " without organizationId or path");
        }
        upsert(columns(data));
    }

    /** The replica's columns from the event's data; a service with more columns adds them to the map. */
    protected Map<String, Object> columns(JsonNode data) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", uuid(data, "organizationId"));
        columns.put("code", data.path("code").asText());
        columns.put("name", data.path("name").asText());
        columns.put("type", data.path("type").asText());
        columns.put("parent_id", uuid(data, "parentId"));
        StringBuilder path = new StringBuilder("/");
        data.path("path").forEach(id -> path.append(id.asText()).append('/'));
        columns.put("path", path.toString());
        columns.put("status", data.path("status").asText());
        columns.put("version", data.path("version").asLong());
        return columns;
    }

    /** Stores the state unless the replica already holds a newer version, so duplicates and late arrivals change nothing. */
    private void upsert(Map<String, Object> columns) {
        List<String> names = new ArrayList<>(columns.keySet());
        names.add("updated_at");
        StringJoiner values = new StringJoiner(", ");
        StringJoiner updates = new StringJoiner(", ");
        for (int i = 0; i < names.size(); i++) {
            values.add("?" + (i + 1));
            if (!names.get(i).equals("id")) {
                updates.add(names.get(i) + " = excluded." + names.get(i));
            }
        }
        Query query = entityManager.createNativeQuery("insert into organizations (" + String.join(", ", names)
                + ") values (" + values + ") on conflict (id) do update set " + updates
                + " where organizations.version < excluded.version");
        for (int i = 0; i < columns.size(); i++) {
            query.setParameter(i + 1, columns.get(names.get(i)));
        }
        query.setParameter(names.size(), Timestamp.from(Instant.now()));
        query.executeUpdate();
    }

    private static UUID uuid(JsonNode data, String field) {
        if (!data.hasNonNull(field)) {
            return null;
        }
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("malformed " + field, e);
        }
    }
}
