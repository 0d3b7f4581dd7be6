package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.Bilingual;
import vn.partybloc.member.domain.ImportJob;
import vn.partybloc.member.domain.ImportRowError;
import vn.partybloc.member.domain.ImportStatus;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    public void addErrors(UUID jobId, Collection<ImportRowError> errors) {
        long kept = ((Number) getEntityManager()
                        .createNativeQuery("select count(*) from import_row_errors where job_id = ?1")
                        .setParameter(1, jobId)
                        .getSingleResult())
                .longValue();
        errors.stream()
                .limit(Math.max(0, ImportJob.KEPT_ERRORS - kept))
                .forEach(e -> getEntityManager()
                        .createNativeQuery("""
                insert into import_row_errors (job_id, row_number, field, rule, message, message_vi)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                        .setParameter(1, jobId)
                        .setParameter(2, e.row())
                        .setParameter(3, e.field())
                        .setParameter(4, e.rule())
                        .setParameter(
                                5, e.message().atMost(ImportJob.TEXT_LENGTH).english())
                        .setParameter(
                                6, e.message().atMost(ImportJob.TEXT_LENGTH).vietnamese())
                        .executeUpdate());
    }

    public List<ImportRowError> errors(UUID jobId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                getEntityManager().createNativeQuery("""
                select row_number, field, rule, message, message_vi from import_row_errors where job_id = ?1 order by row_number, field""").setParameter(1, jobId).getResultList();
        return rows.stream()
                .map(r -> new ImportRowError(
                        ((Number) r[0]).intValue(), (String) r[1], (String) r[2], new Bilingual((String) r[3], (String)
                                r[4])))
                .toList();
    }

    /** Marks the jobs this process holds as alive. Only the heartbeat column: the worker owns the counts. */
    public void refresh(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            update("heartbeatAt = ?1 where id in ?2", Instant.now(), ids);
        }
    }

    /** Fails the unfinished jobs nobody refreshed since {@code before}: their process died. */
    public int failStale(Instant before, Bilingual failure) {
        return update(
                "status = ?1, failure = ?2, failureVi = ?6, finishedAt = ?3 where status in ?4 and heartbeatAt < ?5",
                ImportStatus.FAILED,
                failure.english(),
                Instant.now(),
                List.of(ImportStatus.QUEUED, ImportStatus.RUNNING),
                before,
                failure.vietnamese());
    }
}
