package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.partybloc.member.events.MemberEvents;
import vn.partybloc.member.repository.ImportJobRepository;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.MembershipChangeRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;

/**
 * Upserts members by {@code nationalId}, a chunk of rows per transaction. A new member is admitted (with the admission
 * recorded and published as by {@code POST /members}); a registered one whose details differ is updated, or recognised
 * as a full member when the row dates it; an identical one is left alone, so importing a file twice changes nothing.
 * Rows are checked before anything is written, so one bad row never rolls back the others of its chunk.
 */
@ApplicationScoped
public class MemberImporter {

    private final MemberRepository members;
    private final MembershipChangeRepository history;
    private final OrganizationScope scope;
    private final MemberEvents events;
    private final ImportJobRepository jobs;
    private final OrganizationReplicaRepository organizations;
    private final QualificationMatcher qualifications;
    private final Caller caller;

    public MemberImporter(
            MemberRepository members,
            MembershipChangeRepository history,
            OrganizationScope scope,
            MemberEvents events,
            ImportJobRepository jobs,
            OrganizationReplicaRepository organizations,
            QualificationMatcher qualifications,
            Caller caller) {
        this.qualifications = qualifications;
        this.members = members;
        this.history = history;
        this.scope = scope;
        this.events = events;
        this.jobs = jobs;
        this.organizations = organizations;
        this.caller = caller;
    }

    /** A row's effect, written after the chunk's rows were checked. */
    private record Publication(String type, Member member, MembershipChange change, boolean admitted) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importChunk(UUID jobId, List<ImportRow<MemberRow>> rows) {
        ImportJob job = jobs.findById(jobId);
        List<MemberRow> readable =
                rows.stream().filter(ImportRow::readable).map(ImportRow::value).toList();
        Map<String, Member> registered = members.byNationalIds(
                readable.stream().map(r -> r.member().nationalId()).toList());
        // One query loads the chunk's cells into the persistence context, where the per-row checks then find them.
        organizations.byIds(readable.stream()
                .map(r -> r.member().organizationId())
                .distinct()
                .toList());
        List<ImportRowError> errors = new ArrayList<>();
        List<Publication> publications = new ArrayList<>();
        for (ImportRow<MemberRow> row : rows) {
            if (!row.readable()) {
                errors.addAll(row.errors());
                job.count(ImportOutcome.FAILED);
                continue;
            }
            try {
                job.count(
                        upsert(row.value(), registered.get(row.value().member().nationalId()), publications));
            } catch (ProblemException e) {
                errors.add(ImportRowError.of(row.number(), null, e));
                job.count(ImportOutcome.FAILED);
            }
        }
        qualifications.assign(publications.stream().map(Publication::member).toList());
        // Members, then history rows: an insert of one table between two of the other would end Hibernate's JDBC batch.
        members.persist(publications.stream().filter(Publication::admitted).map(Publication::member));
        history.persist(publications.stream().map(Publication::change).filter(Objects::nonNull));
        members.flush();
        if (!publications.isEmpty()) {
            events.publishAll(publications.stream()
                    .map(p -> events.memberEvent(p.type(), p.member(), p.change()))
                    .toList());
        }
        jobs.addErrors(jobId, errors);
    }

    private ImportOutcome upsert(MemberRow row, Member registered, List<Publication> publications) {
        NewMember spec = row.member();
        if (!NationalIds.isWellFormed(spec.nationalId())) {
            throw ProblemException.rule(Rules.NATIONAL_ID, "member.national-id-digits");
        }
        OrganizationReplica cell = scope.activeCell(spec.organizationId());
        Instant now = Instant.now();
        if (registered == null) {
            MemberService.requireEntryAfterAdmission(spec, row.entry());
            Member m = Member.admitted(spec, cell.id, caller.name(), now);
            MembershipChange change = MembershipChange.of(
                    m.id, row.entry().kind(), row.entry().on(), row.decisionNumber(), null, cell.id, caller.name());
            change.note = row.entry().origin();
            publications.add(new Publication(row.entry().eventType(), m, change, true));
            return ImportOutcome.CREATED;
        }
        if (!registered.organizationId.equals(cell.id)) {
            if (!NationalIdReaders.includes(caller)) {
                throw ProblemException.conflict("import.cannot-register-here");
            }
            throw ProblemException.rule(Rules.IMPORT_CELL, "import.other-cell", registered.id);
        }
        boolean recognise = registered.membershipKind == MembershipKind.PROBATIONARY && spec.fullMemberSince() != null;
        boolean changed = !registered.details().equals(spec.withFullMemberSince(registered.fullMemberSince));
        if (!changed && !recognise) {
            return ImportOutcome.UNCHANGED;
        }
        if (!registered.isActive()) {
            throw ProblemException.rule(Rules.MEMBER_ACTIVE, "member.left", registered.status);
        }
        if (recognise && spec.fullMemberSince().isBefore(spec.admittedOn())) {
            throw ProblemException.rule(Rules.MEMBER_ACTIVE, "import.full-before-admission", spec.admittedOn());
        }
        // Checked above: from here on nothing refuses the row, so no half-applied change reaches the flush.
        registered.apply(spec);
        registered.touch(caller.name(), now);
        if (!recognise) {
            publications.add(new Publication("MemberUpdated", registered, null, false));
            return ImportOutcome.UPDATED;
        }
        registered.membershipKind = MembershipKind.FULL;
        registered.fullMemberSince = spec.fullMemberSince();
        MembershipChange change = MembershipChange.of(
                registered.id,
                MembershipChangeKind.RECOGNISED_FULL,
                spec.fullMemberSince(),
                row.decisionNumber(),
                cell.id,
                cell.id,
                caller.name());
        publications.add(new Publication("MemberRecognisedFull", registered, change, false));
        return ImportOutcome.UPDATED;
    }
}
