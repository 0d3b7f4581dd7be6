package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bulk import: one uploaded file, its progress and its counts. Row errors are kept beside it. */
@Entity
@Table(name = "import_jobs")
public class ImportJob {

    /** At most this many row errors are kept per job; the rest are only counted. */
    public static final int KEPT_ERRORS = 1000;

    /** The longest failure or row error kept, in either language (the columns' length). */
    public static final int TEXT_LENGTH = 1000;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ImportKind kind;

    public String format;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "processed_rows")
    public int processedRows;

    @Column(name = "created_rows")
    public int createdRows;

    @Column(name = "updated_rows")
    public int updatedRows;

    @Column(name = "unchanged_rows")
    public int unchangedRows;

    @Column(name = "failed_rows")
    public int failedRows;

    /** The failure's English; its Vietnamese in {@link #failureVi} (see {@link #failure()}). */
    public String failure;

    @Column(name = "failure_vi")
    public String failureVi;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    public static ImportJob queued(ImportKind kind, String format, int totalRows, String submittedBy) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.format = format;
        job.status = ImportStatus.QUEUED;
        job.totalRows = totalRows;
        job.submittedBy = submittedBy;
        job.submittedAt = Instant.now();
        job.heartbeatAt = job.submittedAt;
        return job;
    }

    public void count(ImportOutcome outcome) {
        processedRows++;
        switch (outcome) {
            case CREATED -> createdRows++;
            case UPDATED -> updatedRows++;
            case UNCHANGED -> unchangedRows++;
            case FAILED -> failedRows++;
        }
    }

    public void finish(ImportStatus status, Bilingual failure) {
        this.status = status;
        Bilingual stored = failure == null ? null : failure.atMost(TEXT_LENGTH);
        this.failure = stored == null ? null : stored.english();
        this.failureVi = stored == null ? null : stored.vietnamese();
        finishedAt = Instant.now();
    }

    /** Why the job stopped, if it failed. */
    public Bilingual failure() {
        return failure == null ? null : new Bilingual(failure, failureVi);
    }

    public boolean isFinished() {
        return status == ImportStatus.DONE || status == ImportStatus.FAILED;
    }
}
