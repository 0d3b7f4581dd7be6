package vn.partybloc.evaluation.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A subtree's discipline in a period, as counts only (issue 20): cases opened in it, decided in it by form, level of the
 * deciding body and category, those still open at its end, appeals lodged in it and resolved in it by outcome, and
 * complaints and denunciations received in it, resolved in it and overdue at its end, by kind, and the cases against
 * organizations of the subtree counted as members' are. Every key of each count
 * is present, zero or not.
 */
public record DisciplineReport(
        UUID organizationId,
        LocalDate from,
        LocalDate to,
        long opened,
        long decided,
        long openAtEnd,
        Map<DisciplineForm, Long> byForm,
        Map<DisciplineLevel, Long> byLevel,
        Map<DisciplineCategory, Long> byCategory,
        long appealsLodged,
        Map<AppealOutcome, Long> appealsResolved,
        Map<ComplaintKind, Long> complaintsReceived,
        Map<ComplaintKind, Long> complaintsResolved,
        Map<ComplaintKind, Long> complaintsOverdueAtEnd,
        OrganizationDisciplineService.Counted organizationCases) {}
