package vn.partybloc.member.domain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.config.ImportConfig;
import vn.partybloc.member.repository.ImportJobRepository;
import vn.partybloc.platform.jobs.JobQueue;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Runs bulk imports one at a time on a worker thread, as the caller who submitted them: rows meet the same scope and
 * rules as single requests, and audit columns name that caller. Progress is committed chunk by chunk, so a job can be
 * watched while it runs; a job whose process dies goes stale and is marked FAILED (sending the file again is safe).
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final MemberImporter memberImporter;
    private final PositionImporter positionImporter;
    private final CurrentIdentityAssociation identityAssociation;
    private final SecurityIdentity identity;
    private final Caller caller;
    private final ImportConfig config;
    private final JobQueue queue;
    private final AtomicInteger running = new AtomicInteger();
    private final Map<ImportKind, Counter> rowsRead = new EnumMap<>(ImportKind.class);

    public ImportJobs(
            ImportJobRepository jobs,
            MemberImporter memberImporter,
            PositionImporter positionImporter,
            CurrentIdentityAssociation identityAssociation,
            SecurityIdentity identity,
            Caller caller,
            ImportConfig config,
            MeterRegistry meters) {
        this.jobs = jobs;
        this.memberImporter = memberImporter;
        this.positionImporter = positionImporter;
        this.identityAssociation = identityAssociation;
        this.identity = identity;
        this.caller = caller;
        this.config = config;
        this.queue = new JobQueue("member-import", config.maxQueued(), "import.queue-full");
        Gauge.builder("imports.running", running, AtomicInteger::get)
                .description("Import jobs this instance is running")
                .register(meters);
        for (ImportKind kind : ImportKind.values()) {
            rowsRead.put(
                    kind,
                    Counter.builder("imports.rows")
                            .description("Rows of import files processed, imported or refused")
                            .tag("kind", kind.name())
                            .register(meters));
        }
    }

    public ImportJob submitMembers(String format, ImportFile<MemberRow> file) {
        return submit(
                ImportKind.MEMBERS,
                format,
                file,
                jobId -> inChunks(ImportKind.MEMBERS, file, chunk -> memberImporter.importChunk(jobId, chunk)));
    }

    public ImportJob submitPositions(String format, ImportFile<PositionRow> file) {
        return submit(
                ImportKind.POSITIONS,
                format,
                file,
                jobId -> inChunks(ImportKind.POSITIONS, file, chunk -> {
                    List<ImportRowError> errors = new ArrayList<>();
                    recordProgress(jobId, importPositions(chunk, errors), errors);
                }));
    }

    /** Reads the file a chunk at a time: memory holds one chunk, whatever the file. */
    private <T> void inChunks(ImportKind kind, ImportFile<T> file, Consumer<List<ImportRow<T>>> each) {
        try (Stream<ImportRow<T>> rows = file.open()) {
            List<ImportRow<T>> chunk = new ArrayList<>(config.chunkSize());
            for (Iterator<ImportRow<T>> it = rows.iterator(); it.hasNext(); ) {
                chunk.add(it.next());
                if (chunk.size() == config.chunkSize() || !it.hasNext()) {
                    each.accept(List.copyOf(chunk));
                    rowsRead.get(kind).increment(chunk.size());
                    chunk.clear();
                }
            }
        }
    }

    private List<ImportOutcome> importPositions(List<ImportRow<PositionRow>> chunk, List<ImportRowError> errors) {
        if (chunk.stream().allMatch(ImportRow::readable)) {
            Optional<List<ImportOutcome>> together = positionImporter.importTogether(
                    chunk.stream().map(ImportRow::value).toList());
            if (together.isPresent()) {
                return together.get();
            }
        }
        return chunk.stream().map(row -> importPosition(row, errors)).toList();
    }

    private ImportOutcome importPosition(ImportRow<PositionRow> row, List<ImportRowError> errors) {
        if (!row.readable()) {
            errors.addAll(row.errors());
            return ImportOutcome.FAILED;
        }
        try {
            return positionImporter.importRow(row.value());
        } catch (ProblemException e) {
            errors.add(ImportRowError.of(row.number(), null, e));
            return ImportOutcome.FAILED;
        }
    }

    /** A job, to its submitter and to admins; to anyone else it reads like a job that does not exist. */
    public ImportJob get(UUID id, ImportKind kind) {
        ImportJob job = jobs.findByIdOptional(id)
                .filter(j -> j.kind == kind)
                .filter(j -> caller.hasRole(Roles.ADMIN) || j.submittedBy.equals(caller.name()))
                .orElseThrow(() -> ProblemException.notFound("import", id));
        return job;
    }

    public List<ImportRowError> errors(UUID id) {
        return jobs.errors(id);
    }

    private ImportJob submit(ImportKind kind, String format, ImportFile<?> file, Consumer<UUID> body) {
        SecurityIdentity submitter = QuarkusSecurityIdentity.builder(identity).build();
        ImportJob job;
        try {
            queue.requireRoom();
            job = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob queued = ImportJob.queued(kind, format, file.rows(), caller.name());
                jobs.persist(queued);
                return queued;
            });
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
        queue.submit(job.id, () -> {
            try {
                run(job.id, submitter, body);
            } finally {
                file.discard();
            }
        });
        return job;
    }

    private void run(UUID jobId, SecurityIdentity submitter, Consumer<UUID> body) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            identityAssociation.setIdentity(submitter);
            update(jobId, job -> {
                job.status = ImportStatus.RUNNING;
                job.startedAt = Instant.now();
            });
            running.incrementAndGet();
            try {
                body.accept(jobId);
            } finally {
                // Before the job reads DONE or FAILED: whoever sees that sees it no longer running.
                running.decrementAndGet();
            }
            update(jobId, job -> job.finish(ImportStatus.DONE, null));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", jobId);
            Object cause = e instanceof ProblemException refusal ? refusal.detail() : e.getMessage();
            update(
                    jobId,
                    job -> job.finish(ImportStatus.FAILED, Bilingual.of(new ProblemMessage("import.stopped", cause))));
        } finally {
            requestContext.terminate();
        }
    }

    private void recordProgress(UUID jobId, List<ImportOutcome> outcomes, List<ImportRowError> errors) {
        update(jobId, job -> outcomes.forEach(job::count));
        QuarkusTransaction.requiringNew().run(() -> jobs.addErrors(jobId, errors));
    }

    private void update(UUID jobId, Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(jobId);
            change.accept(job);
            job.heartbeatAt = Instant.now();
        });
    }

    /** Keeps this process's jobs fresh and fails the jobs of processes that died mid-import. */
    @Scheduled(
            every = "${partybloc.imports.heartbeat}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        QuarkusTransaction.requiringNew().run(() -> {
            jobs.refresh(queue.held());
            jobs.failStale(
                    Instant.now().minus(config.staleAfter()),
                    Bilingual.of(new ProblemMessage("import.process-stopped")));
        });
    }

    void stop(@Observes ShutdownEvent event) {
        queue.shutdown();
    }
}
