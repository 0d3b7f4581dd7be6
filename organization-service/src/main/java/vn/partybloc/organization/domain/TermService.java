package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.organization.events.OrganizationEvents;
import vn.partybloc.organization.events.TermEventData;
import vn.partybloc.organization.repository.OrganizationRepository;
import vn.partybloc.organization.repository.TermRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/** Terms of office of an organization; terms of one organization never overlap. */
@ApplicationScoped
@Transactional
public class TermService {

    private final TermRepository terms;
    private final OrganizationRepository organizations;
    private final OrganizationQueries queries;
    private final OrganizationEvents events;
    private final Caller caller;

    public TermService(
            TermRepository terms,
            OrganizationRepository organizations,
            OrganizationQueries queries,
            OrganizationEvents events,
            Caller caller) {
        this.terms = terms;
        this.organizations = organizations;
        this.queries = queries;
        this.events = events;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Term> list(UUID organizationId) {
        queries.get(organizationId, null);
        return terms.ofOrganization(organizationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Term get(UUID organizationId, UUID termId) {
        queries.get(organizationId, null);
        return terms.findByIdOptional(termId)
                .filter(t -> t.organizationId.equals(organizationId))
                .orElseThrow(() -> ProblemException.notFound("term", termId));
    }

    public Term open(UUID organizationId, int startYear, int endYear, LocalDate congressDate, String decisionNumber) {
        Organization org = organizations
                .findForUpdate(organizationId)
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
        if (!org.isActive()) {
            throw ProblemException.rule(Rules.ACTIVE_REQUIRED, "organization.not-active", org.code, org.status);
        }
        requireNoOverlap(organizationId, startYear, endYear, null);
        Term term = new Term();
        term.id = UUID.randomUUID();
        term.organizationId = organizationId;
        term.startYear = startYear;
        term.endYear = endYear;
        term.congressDate = congressDate;
        term.decisionNumber = decisionNumber;
        term.created(caller.name(), Instant.now());
        terms.persist(term);
        terms.flush();
        events.publish(OrganizationEvents.TERM_OPENED, TermEventData.of(term));
        return term;
    }

    public Term update(
            UUID organizationId,
            UUID termId,
            String ifMatch,
            Integer startYear,
            Integer endYear,
            LocalDate congressDate,
            String decisionNumber) {
        Term term = terms.findByIdOptional(termId)
                .filter(t -> t.organizationId.equals(organizationId))
                .orElseThrow(() -> ProblemException.notFound("term", termId));
        Organization org = organizations
                .findForUpdate(organizationId)
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
        if (!org.isActive()) {
            throw ProblemException.rule(Rules.ACTIVE_REQUIRED, "organization.not-active", org.code, org.status);
        }
        ETags.checkIfMatch(ifMatch, term.version);
        int start = startYear == null ? term.startYear : startYear;
        int end = endYear == null ? term.endYear : endYear;
        if (end <= start) {
            throw ProblemException.invalid("endYear", "term.end-before-start");
        }
        boolean unchanged = start == term.startYear
                && end == term.endYear
                && (congressDate == null || congressDate.equals(term.congressDate))
                && (decisionNumber == null || decisionNumber.equals(term.decisionNumber));
        if (unchanged) {
            return term;
        }
        requireNoOverlap(organizationId, start, end, termId);
        term.startYear = start;
        term.endYear = end;
        if (congressDate != null) {
            term.congressDate = congressDate;
        }
        if (decisionNumber != null) {
            term.decisionNumber = decisionNumber;
        }
        term.touch(caller.name(), Instant.now());
        terms.flush();
        events.publish(OrganizationEvents.TERM_UPDATED, TermEventData.of(term));
        return term;
    }

    private void requireNoOverlap(UUID organizationId, int start, int end, UUID except) {
        if (terms.overlaps(organizationId, start, end, except)) {
            throw ProblemException.rule(Rules.TERM_OVERLAP, "term.overlap", start, end);
        }
    }
}
