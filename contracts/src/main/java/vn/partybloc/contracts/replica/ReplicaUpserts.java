package vn.partybloc.contracts.replica;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import vn.partybloc.contracts.events.CommitteeState;
import vn.partybloc.contracts.events.MemberState;
import vn.partybloc.contracts.events.OrganizationState;
import vn.partybloc.contracts.events.PositionState;

/**
 * Writes an event's state into the replica tables of {@code db/replica/*}. Each row is stored unless the replica
 * already holds a newer version of it (ADR 0006), so duplicates and late arrivals change nothing.
 */
public final class ReplicaUpserts {

    private ReplicaUpserts() {}

    /** @return whether the row was written (false when the replica already held this or a newer version) */
    public static boolean organization(EntityManager entityManager, OrganizationState s) {
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
        return upsert(entityManager, "organizations", columns);
    }

    public static boolean member(EntityManager entityManager, MemberState s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", s.memberId());
        columns.put("full_name", s.fullName());
        columns.put("organization_id", s.organizationId());
        columns.put("membership_kind", s.membershipKind());
        columns.put("status", s.status());
        columns.put("version", s.version());
        return upsert(entityManager, "members", columns);
    }

    public static boolean committee(EntityManager entityManager, CommitteeState s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", s.committeeId());
        columns.put("organization_id", s.organizationId());
        columns.put("kind", s.kind());
        columns.put("term_start_year", s.termStartYear());
        columns.put("term_end_year", s.termEndYear());
        columns.put("version", s.version());
        return upsert(entityManager, "committees", columns);
    }

    public static boolean position(EntityManager entityManager, PositionState s) {
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
        return upsert(entityManager, "positions", columns);
    }

    private static boolean upsert(EntityManager entityManager, String table, Map<String, Object> columns) {
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
        Query query = entityManager.createNativeQuery("insert into " + table + " (" + String.join(", ", names)
                + ") values (" + values + ") on conflict (id) do update set " + updates
                + " where " + table + ".version < excluded.version");
        for (int i = 0; i < columns.size(); i++) {
            query.setParameter(i + 1, columns.get(names.get(i)));
        }
        query.setParameter(names.size(), Timestamp.from(Instant.now()));
        return query.executeUpdate() > 0;
    }
}
