package vn.partybloc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * A producer's documented event example ({@code docs/events/<context>/<Type>.json}, which the producer's own contract
 * test keeps equal to what it publishes) with some values replaced. A consumer test built on it breaks when the
 * producer renames or drops a field: {@link #with} refuses a field the example does not have.
 */
public final class DocumentedEvent {

    private static final Path EVENTS = Path.of("../docs/events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String type;
    private final ObjectNode data;

    private DocumentedEvent(String type, ObjectNode data) {
        this.type = type;
        this.data = data;
    }

    /** The example of {@code type} documented by the producer owning {@code context} (organization, member, ...). */
    public static DocumentedEvent of(String context, String type) {
        try {
            return new DocumentedEvent(type, (ObjectNode)
                    JSON.readTree(Files.readString(EVENTS.resolve(context).resolve(type + ".json"))));
        } catch (IOException e) {
            throw new UncheckedIOException("No documented example of " + context + "/" + type, e);
        }
    }

    /**
     * Organization-service's event of {@code type} for one organization, from its documented example: the fields a
     * consumer's replica keeps, the rest as documented.
     */
    public static DocumentedEvent organization(
            String type,
            UUID id,
            String code,
            String orgType,
            UUID parent,
            List<UUID> path,
            String status,
            long version) {
        return of("organization", type)
                .with("organizationId", id)
                .with("code", code)
                .with("name", "Tổ chức " + code)
                .with("type", orgType)
                .with("parentId", parent)
                .with("path", path)
                .with("status", status)
                .with("version", version);
    }

    /**
     * An organization a consumer's test founded by publishing organization-service's events to the test broker; each
     * one is awaited in the consumer's {@code organizations} replica before it is handed out.
     */
    public record Organization(UUID id, List<UUID> path, String type) {

        private static final String TOPIC = "party.organizations.v1";
        private static UUID bloc;

        /** The Bloc committee at the root, founded once per test JVM. */
        public static synchronized Organization bloc() {
            if (bloc == null) {
                bloc = UUID.randomUUID();
                publish("OrganizationFounded", bloc, "BLOC", "BLOC_COMMITTEE", null, List.of(bloc), "ACTIVE", 0);
            }
            return new Organization(bloc, List.of(bloc), "BLOC_COMMITTEE");
        }

        /** A new active organization of {@code type} under {@code parent}. */
        public static Organization child(Organization parent, String type) {
            Organization child = newChild(parent, type);
            publish("OrganizationFounded", child.id(), child.code(), type, parent.id(), child.path(), "ACTIVE", 0);
            return child;
        }

        /**
         * As {@link #child}, sent without waiting for the broker or the consumer, for a burst: {@link EventFeed#flush()}
         * after the last, then {@link #awaitReplica} of the last.
         */
        public static Organization childSentAsync(Organization parent, String type) {
            Organization child = newChild(parent, type);
            sendAsync(
                    "OrganizationFounded",
                    child.id(),
                    organization(
                            "OrganizationFounded",
                            child.id(),
                            child.code(),
                            type,
                            parent.id(),
                            child.path(),
                            "ACTIVE",
                            0));
            return child;
        }

        private static Organization newChild(Organization parent, String type) {
            UUID id = UUID.randomUUID();
            List<UUID> path = new ArrayList<>(parent.path());
            path.add(id);
            return new Organization(id, List.copyOf(path), type);
        }

        private String code() {
            return type.substring(0, 2) + id.toString().substring(0, 6);
        }

        /** Sends one organization event ({@link #organization}); returns once the replica holds its status and version. */
        public static void publish(
                String type,
                UUID id,
                String code,
                String orgType,
                UUID parent,
                List<UUID> path,
                String status,
                long version) {
            send(type, id, organization(type, id, code, orgType, parent, path, status, version));
            awaitReplica(id, status, version);
        }

        /** Sends one organization event without waiting for the consumer; returns its {@code ce_id}. */
        public static String send(String type, UUID id, DocumentedEvent event) {
            return EventFeed.send(TOPIC, type, id, event.json());
        }

        /** Sends without waiting for the broker, for a burst; {@link EventFeed#flush()} after the last. */
        public static String sendAsync(String type, UUID id, DocumentedEvent event) {
            return EventFeed.sendAsync(TOPIC, type, id, event.json());
        }

        /** Waits until the consumer's {@code organizations} replica holds {@code id} with this status and version. */
        public static void awaitReplica(UUID id, String status, long version) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> (status + "@" + version).equals(replicated(id)));
        }

        private static String replicated(UUID id) throws SQLException {
            try (Connection c = PostgresResource.connect();
                    PreparedStatement s =
                            c.prepareStatement("select status || '@' || version from organizations where id = ?")) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }
    }

    /** Replaces the value at {@code field} (dotted for nested fields, e.g. {@code change.kind}). */
    public DocumentedEvent with(String field, Object value) {
        int dot = field.lastIndexOf('.');
        JsonNode parent = dot < 0 ? data : data.at("/" + field.substring(0, dot).replace('.', '/'));
        String name = field.substring(dot + 1);
        if (!(parent instanceof ObjectNode object) || !object.has(name)) {
            throw new IllegalArgumentException(
                    "The documented " + type + " has no field " + field + "; did its producer rename it?");
        }
        object.set(name, JSON.valueToTree(value));
        return this;
    }

    /**
     * The same data published under another type of the same topic, for the types that share one documented shape
     * (every member event carries the member's data; docs/events.md).
     */
    public DocumentedEvent publishedAs(String otherType) {
        return new DocumentedEvent(otherType, data);
    }

    public String type() {
        return type;
    }

    public String json() {
        return data.toString();
    }
}
