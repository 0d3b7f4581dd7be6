package vn.partybloc.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.TermsApi;
import vn.partybloc.client.model.Organization;

/**
 * Hồ sơ tổ chức: an organization page's lists as a workbook, a sheet each: its structural changes, terms and
 * committees, with the page's columns. A list the gateway would not give is a sheet saying why.
 */
@Path("/to-chuc/{id}/ho-so/bang-tinh")
public class OrganizationRecordSpreadsheet {

    private final SignedIn user;

    public OrganizationRecordSpreadsheet(SignedIn user) {
        this.user = user;
    }

    @GET
    @Produces(Spreadsheet.XLSX)
    public Response download(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        Messages words = user.words();
        Labels labels = user.labels();
        CommitteeWords committee = user.committeeWords();
        String name = organization.getName();
        Spreadsheet workbook = new Spreadsheet(
                words.structural_changes(),
                name + ": " + words.structural_changes(),
                List.of(words.change(), words.effective_date(), words.decision(), words.decision_date()));
        rows(
                workbook,
                Part.of(() -> new OrganizationsApi(user.api()).getOrganizationHistory(id)),
                change -> workbook.row(
                        labels.change_kind(change.getKind().name()),
                        change.getEffectiveDate(),
                        change.getDecisionNumber(),
                        change.getDecisionDate()));
        workbook.sheet(
                words.terms(),
                name + ": " + words.terms(),
                List.of(
                        words.term(),
                        committee.start_year(),
                        committee.end_year(),
                        words.congress_date(),
                        words.decision()));
        rows(
                workbook,
                Part.of(() -> new TermsApi(user.api()).listTerms(id)),
                term -> workbook.row(
                        term.getLabel(),
                        term.getStartYear(),
                        term.getEndYear(),
                        term.getCongressDate(),
                        term.getDecisionNumber()));
        workbook.sheet(
                words.committees(),
                name + ": " + words.committees(),
                List.of(words.committee(), committee.start_year(), committee.end_year()));
        rows(
                workbook,
                Part.of(() -> new CommitteesApi(user.api()).listCommittees(id)),
                formed -> workbook.row(
                        labels.committee_kind(formed.getKind().name()),
                        formed.getTermStartYear(),
                        formed.getTermEndYear()));
        return workbook.download(name + " " + committee.organization_record());
    }

    private static <T> void rows(Spreadsheet workbook, Part<List<T>> part, Consumer<T> row) {
        if (part.value() == null) {
            workbook.row(part.problem());
        } else {
            part.value().forEach(row);
        }
    }
}
