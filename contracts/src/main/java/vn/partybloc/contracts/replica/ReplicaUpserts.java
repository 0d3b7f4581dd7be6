package vn.partybloc.contracts.replica;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import vn.partybloc.contracts.events.CommitteeState;
import vn.partybloc.contracts.events.MemberState;
import vn.partybloc.contracts.events.OrganizationState;
import vn.partybloc.contracts.events.PositionState;
import vn.partybloc.platform.persistence.ManyIds;

/**
 * Writes an event's state into the replica tables of {@code db/replica/*}. Each row is stored unless the replica
 * already holds a newer version of it (ADR 0006), so duplicates and late arrivals change nothing.
 */
public final class ReplicaUpserts {

    /**
     * The row counts a statement may have, largest first. The largest keeps a statement's bind parameters (11 per
     * position row) well under PostgreSQL's 32,767. A few fixed shapes, because Hibernate keeps every distinct native
     * statement in its query cache with an object per bind parameter: with one shape per batch size, a consumer's
     * statements of 1 to 1,000 rows held 657,734 parameter objects in evaluation-service after the scale benchmark's
     * load (a heap histogram, docs/measurements.md).
     */
    private static final int[] ROWS_PER_STATEMENT = {1_000, 500, 200, 100, 50, 20, 10, 5, 2, 1};

    private ReplicaUpserts() {}

    /** @return whether the row was written (false when the replica already held this or a newer version) */
    public static boolean organization(EntityManager entityManager, OrganizationState s) {
        return upsertAll(entityManager, "organizations", List.of(organizationRow(s))) > 0;
    }

    public static Map<String, Object> organizationRow(OrganizationState s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", s.organizationId());
        columns.put("code", s.code());
        columns.put("name", s.name());
        columns.put("type", s.type());
        columns.put("parent_id", s.parentId());
        columns.put("path", s.pathText());
        columns.put("status", s.status());
        columns.put("host_unit_name", s.hostUnitName());
        columns.put("version", s.version());
        return columns;
    }

    public static boolean member(EntityManager entityManager, MemberState s) {
        return upsertAll(entityManager, "members", List.of(memberRow(s))) > 0;
    }

    public static Map<String, Object> memberRow(MemberState s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", s.memberId());
        columns.put("full_name", s.fullName());
        columns.put("organization_id", s.organizationId());
        columns.put("membership_kind", s.membershipKind());
        columns.put("status", s.status());
        columns.put("version", s.version());
        return columns;
    }

    public static boolean committee(EntityManager entityManager, CommitteeState s) {
        return upsertAll(entityManager, "committees", List.of(committeeRow(s))) > 0;
    }

    public static Map<String, Object> committeeRow(CommitteeState s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", s.committeeId());
        columns.put("organization_id", s.organizationId());
        columns.put("kind", s.kind());
        columns.put("term_start_year", s.termStartYear());
        columns.put("term_end_year", s.termEndYear());
        columns.put("version", s.version());
        return columns;
    }

    /** The position, and its responsibilities replaced with the event's when the position's row was written. */
    public static boolean position(EntityManager entityManager, PositionState s) {
        return positions(entityManager, List.of(s)) > 0;
    }

    /**
     * The positions of a run of events in a few statements, as if {@link #position} wrote them one after the other: of
     * several states of one position only the newest is written (the first of equal versions), and only where the
     * replica holds an older version or none; the responsibilities of each position written are replaced with its
     * state's.
     *
     * @return how many positions were written
     */
    public static int positions(EntityManager entityManager, List<PositionState> states) {
        Map<UUID, PositionState> newest = new LinkedHashMap<>();
        for (PositionState state : states) {
            newest.merge(state.positionId(), state, (kept, next) -> next.version() > kept.version() ? next : kept);
        }
        List<PositionState> written =
                writeAll(
                                entityManager,
                                "positions",
                                newest.values().stream()
                                        .map(ReplicaUpserts::positionRow)
                                        .toList())
                        .stream()
                        .map(id -> newest.get(uuid(id)))
                        .toList();
        if (written.isEmpty()) {
            return 0;
        }
        entityManager
                .createNativeQuery("delete from position_responsibilities where position_id = any(cast(?1 as uuid[]))")
                .setParameter(
                        1,
                        ManyIds.array(
                                written.stream().map(PositionState::positionId).toList()))
                .executeUpdate();
        insertResponsibilities(entityManager, written);
        return written.size();
    }

    /** The responsibilities of these positions in one statement, whatever their number. */
    private static void insertResponsibilities(EntityManager entityManager, List<PositionState> positions) {
        List<UUID> ids = new ArrayList<>();
        List<UUID> positionIds = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<UUID> followed = new ArrayList<>();
        List<Boolean> attends = new ArrayList<>();
        for (PositionState position : positions) {
            for (PositionState.Responsibility r : position.responsibilities()) {
                ids.add(r.responsibilityId());
                positionIds.add(position.positionId());
                fields.add(r.field());
                followed.add(r.followedOrganizationId());
                attends.add(r.attendsMeetings());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("""
                        insert into position_responsibilities
                            (id, position_id, field, followed_organization_id, attends_meetings)
                        select * from unnest(cast(?1 as uuid[]), cast(?2 as uuid[]), cast(?3 as text[]),
                                             cast(?4 as uuid[]), cast(?5 as boolean[]))""")
                .setParameter(1, ManyIds.array(ids))
                .setParameter(2, ManyIds.array(positionIds))
                .setParameter(3, fields.toArray(String[]::new))
                .setParameter(4, followed.toArray(UUID[]::new))
                .setParameter(5, attends.toArray(Boolean[]::new))
                .executeUpdate();
    }

    private static UUID uuid(Object id) {
        return id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id));
    }

    public static Map<String, Object> positionRow(PositionState s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", s.positionId());
        columns.put("member_id", s.memberId());
        columns.put("committee_id", s.committeeId());
        columns.put("organization_id", s.organizationId());
        columns.put("committee_kind", s.committeeKind());
        columns.put("position", s.position());
        columns.put("starts_on", s.startsOn());
        columns.put("ends_on", s.endsOn());
        columns.put("end_reason", s.endReason());
        columns.put("version", s.version());
        return columns;
    }

    /**
     * Writes rows of one table in one statement, each unless the replica holds the same or a newer version of it. Of
     * several rows with one id, only the newest is written (the first of equal versions), as if they were written one
     * after the other.
     *
     * @param rows column values by name, all with the same names, {@code id} and {@code version} among them
     * @return how many rows were written
     */
    public static int upsertAll(EntityManager entityManager, String table, Collection<Map<String, Object>> rows) {
        return writeAll(entityManager, table, rows).size();
    }

    /** As {@link #upsertAll}, and the ids of the rows written. */
    private static List<Object> writeAll(
            EntityManager entityManager, String table, Collection<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> newest = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            newest.merge(row.get("id"), row, (kept, next) -> version(next) > version(kept) ? next : kept);
        }
        List<Map<String, Object>> written = new ArrayList<>(newest.values());
        List<Object> ids = new ArrayList<>();
        int from = 0;
        for (int size : statementSizes(written.size())) {
            ids.addAll(write(entityManager, table, written.subList(from, from + size)));
            from += size;
        }
        return ids;
    }

    /** How {@code rows} rows are cut into statements: the largest allowed sizes first. */
    static List<Integer> statementSizes(int rows) {
        List<Integer> sizes = new ArrayList<>();
        int left = rows;
        for (int size : ROWS_PER_STATEMENT) {
            while (left >= size) {
                sizes.add(size);
                left -= size;
            }
        }
        return sizes;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> write(EntityManager entityManager, String table, List<Map<String, Object>> rows) {
        List<String> names = new ArrayList<>(rows.get(0).keySet());
        StringJoiner tuples = new StringJoiner(", ");
        int parameter = 0;
        for (int row = 0; row < rows.size(); row++) {
            StringJoiner values = new StringJoiner(", ", "(", ")");
            for (int column = 0; column <= names.size(); column++) {
                values.add("?" + ++parameter);
            }
            tuples.add(values.toString());
        }
        StringJoiner updates = new StringJoiner(", ");
        names.stream().filter(name -> !name.equals("id")).forEach(name -> updates.add(name + " = excluded." + name));
        updates.add("updated_at = excluded.updated_at");
        Query query = entityManager.createNativeQuery("insert into " + table + " (" + String.join(", ", names)
                + ", updated_at) values " + tuples + " on conflict (id) do update set " + updates + " where " + table
                + ".version < excluded.version returning id");
        Timestamp now = Timestamp.from(Instant.now());
        parameter = 0;
        for (Map<String, Object> row : rows) {
            for (String name : names) {
                query.setParameter(++parameter, row.get(name));
            }
            query.setParameter(++parameter, now);
        }
        return query.getResultList();
    }

    private static long version(Map<String, Object> row) {
        return ((Number) row.get("version")).longValue();
    }
}
