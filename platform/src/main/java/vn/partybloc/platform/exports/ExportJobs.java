package vn.partybloc.platform.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.platform.persistence.SqlValues;

/** The {@code export_jobs} table. */
@ApplicationScoped
class ExportJobs {

    private static final String COLUMNS = "id, family, status, organization_id, as_of, created_by, created_at,"
            + " started_at, finished_at, expires_at, feed_cursor, records, error";

    private final EntityManager em;

    ExportJobs(EntityManager em) {
        this.em = em;
    }

    void insert(UUID id, String family, UUID organizationId, LocalDate asOf, String createdBy) {
        em.createNativeQuery(
                        "insert into export_jobs (id, family, status, organization_id, as_of, created_by, created_at)"
                                + " values (:id, :family, 'QUEUED', :organization, :asOf, :createdBy, now())")
                .setParameter("id", id)
                .setParameter("family", family)
                .setParameter("organization", organizationId)
                .setParameter("asOf", asOf == null ? null : Date.valueOf(asOf))
                .setParameter("createdBy", createdBy)
                .executeUpdate();
    }

    Optional<ExportJob> find(UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from export_jobs where id = :id")
                        .setParameter("id", id))
                .stream()
                .findFirst();
    }

    /** Newest first; {@code createdBy} and {@code organizationId} narrow it when given. */
    List<ExportJob> list(String family, String createdBy, UUID organizationId, int limit) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from export_jobs where family = :family"
                        + (createdBy == null ? "" : " and created_by = :createdBy")
                        + (organizationId == null ? "" : " and organization_id = :organization")
                        + " order by created_at desc, id limit :limit")
                .setParameter("family", family)
                .setParameter("limit", limit);
        if (createdBy != null) {
            query.setParameter("createdBy", createdBy);
        }
        if (organizationId != null) {
            query.setParameter("organization", organizationId);
        }
        return rows(query);
    }

    void start(UUID id) {
        em.createNativeQuery("update export_jobs set status = 'RUNNING', started_at = now() where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    void finish(UUID id, long cursor, long records, Timestamp expiresAt) {
        em.createNativeQuery("update export_jobs set status = 'DONE', finished_at = clock_timestamp(),"
                        + " feed_cursor = :cursor, records = :records, expires_at = :expiresAt where id = :id")
                .setParameter("id", id)
                .setParameter("cursor", cursor)
                .setParameter("records", records)
                .setParameter("expiresAt", expiresAt)
                .executeUpdate();
    }

    void fail(UUID id, String error, Timestamp expiresAt) {
        em.createNativeQuery("update export_jobs set status = 'FAILED', finished_at = now(), error = :error,"
                        + " expires_at = :expiresAt where id = :id")
                .setParameter("id", id)
                .setParameter("error", error)
                .setParameter("expiresAt", expiresAt)
                .executeUpdate();
    }

    int failUnfinishedBefore(Timestamp createdBefore, String error, Timestamp expiresAt) {
        return em.createNativeQuery("update export_jobs set status = 'FAILED', finished_at = now(), error = :error,"
                        + " expires_at = :expiresAt where status in ('QUEUED', 'RUNNING') and created_at < :before")
                .setParameter("before", createdBefore)
                .setParameter("error", error)
                .setParameter("expiresAt", expiresAt)
                .executeUpdate();
    }

    int deleteExpired() {
        return em.createNativeQuery("delete from export_jobs where expires_at < now()")
                .executeUpdate();
    }

    private static List<ExportJob> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new ExportJob(
                        (UUID) row[0],
                        (String) row[1],
                        ExportStatus.valueOf((String) row[2]),
                        (UUID) row[3],
                        SqlValues.localDate(row[4]),
                        (String) row[5],
                        SqlValues.instant(row[6]),
                        SqlValues.instant(row[7]),
                        SqlValues.instant(row[8]),
                        SqlValues.instant(row[9]),
                        row[10] == null ? null : ((Number) row[10]).longValue(),
                        row[11] == null ? null : ((Number) row[11]).longValue(),
                        (String) row[12]))
                .toList();
    }
}
