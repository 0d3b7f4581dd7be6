package vn.partybloc.evaluation.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.AppealOutcome;
import vn.partybloc.evaluation.domain.ComplaintKind;
import vn.partybloc.evaluation.domain.DisciplineCategory;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.evaluation.domain.DisciplineLevel;
import vn.partybloc.evaluation.domain.DisciplineReport;
import vn.partybloc.evaluation.domain.OrganizationDisciplineForm;
import vn.partybloc.evaluation.domain.OrganizationDisciplineService;

@Schema(
        name = "DisciplineReport",
        description =
                "A subtree's discipline of members and organizations, and the complaints and denunciations about it, in a period, as "
                        + "counts: no name, no violation, no content.")
public record DisciplineReportResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,
        @Schema(description = "First day of the period.") LocalDate from,
        @Schema(description = "Last day of the period.") LocalDate to,
        @Schema(description = "Cases opened in the period.") long opened,

        @Schema(description = "Cases decided in the period.")
        long decided,

        @Schema(description = "Cases opened by the last day and not decided by it.")
        long openAtEnd,

        @Schema(
                description =
                        "Decided in the period, by the form in force (an annulled decision is not counted); every form is present.")
        Map<DisciplineForm, Long> byForm,

        @Schema(description = "Decided in the period, by the level of the deciding body; every level is present.")
        Map<DisciplineLevel, Long> byLevel,

        @Schema(description = "Decided in the period, by category; every category is present.")
        Map<DisciplineCategory, Long> byCategory,

        @Schema(description = "Appeals lodged in the period.")
        long appealsLodged,

        @Schema(description = "Appeals resolved in the period, by outcome; every outcome is present.")
        Map<AppealOutcome, Long> appealsResolved,

        @Schema(description = "Complaints and denunciations received in the period, by kind; every kind is present.")
        Map<ComplaintKind, Long> complaintsReceived,

        @Schema(description = "Those resolved in the period, by kind; every kind is present.")
        Map<ComplaintKind, Long> complaintsResolved,

        @Schema(
                description = "Those received by the last day, unresolved and past a deadline on the day after it "
                        + "(`GET /api/v1/complaints/overdue`), by kind; every kind is present.")
        Map<ComplaintKind, Long> complaintsOverdueAtEnd,

        @Schema(description = "Cases against organizations of the subtree, counted as those against members are.")
        OrganizationCases organizationCases) {

    @Schema(
            name = "OrganizationDisciplineCounts",
            description = "Cases against organizations in the period, as counts.")
    public record OrganizationCases(
            @Schema(description = "Opened in the period.") long opened,
            @Schema(description = "Decided in the period.") long decided,

            @Schema(description = "Opened by the last day and not decided by it.")
            long openAtEnd,

            @Schema(description = "Decided in the period, by form; every form is present.")
            Map<OrganizationDisciplineForm, Long> byForm,

            @Schema(description = "Decided in the period, by the level of the deciding body; every level is present.")
            Map<DisciplineLevel, Long> byLevel,

            @Schema(description = "Decided in the period, by category; every category is present.")
            Map<DisciplineCategory, Long> byCategory,

            @Schema(description = "Appeals lodged in the period.")
            long appealsLodged,

            @Schema(description = "Appeals resolved in the period, by outcome; every outcome is present.")
            Map<AppealOutcome, Long> appealsResolved) {

        static OrganizationCases from(OrganizationDisciplineService.Counted c) {
            return new OrganizationCases(
                    c.opened(),
                    c.decided(),
                    c.openAtEnd(),
                    c.byForm(),
                    c.byLevel(),
                    c.byCategory(),
                    c.appealsLodged(),
                    c.appealsResolved());
        }
    }

    static DisciplineReportResponse from(DisciplineReport r) {
        return new DisciplineReportResponse(
                r.organizationId(),
                r.from(),
                r.to(),
                r.opened(),
                r.decided(),
                r.openAtEnd(),
                r.byForm(),
                r.byLevel(),
                r.byCategory(),
                r.appealsLodged(),
                r.appealsResolved(),
                r.complaintsReceived(),
                r.complaintsResolved(),
                r.complaintsOverdueAtEnd(),
                OrganizationCases.from(r.organizationCases()));
    }
}
