package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.StructuralChangesApi;
import vn.partybloc.client.api.TermsApi;
import vn.partybloc.client.model.ChangeKind;
import vn.partybloc.client.model.Decision;
import vn.partybloc.client.model.FieldError;
import vn.partybloc.client.model.FoundOrganizationRequest;
import vn.partybloc.client.model.FoundOrganizationsRequest;
import vn.partybloc.client.model.FoundOrganizationsResponse;
import vn.partybloc.client.model.HostUnit;
import vn.partybloc.client.model.HostUnitKind;
import vn.partybloc.client.model.MoveRequest;
import vn.partybloc.client.model.NewOrganization;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.Problem;
import vn.partybloc.client.model.ReceiveOrganizationRequest;
import vn.partybloc.client.model.StructuralChange;
import vn.partybloc.client.model.Term;
import vn.partybloc.client.model.TermRequest;

/** The Bloc's organizations change: founded, transferred within the Bloc, received from outside it with a term. */
@Order(2)
class OrganizationsIT extends Journey {

    @Test
    void anOrganizerFoundsACellTransfersItAndReadsItsHistory() throws ApiException {
        String organizer = LocalStack.login("organizer");
        OrganizationsApi organizations = new OrganizationsApi(Gateway.as(organizer));
        UUID school =
                found(organizer, code("DH"), "Đảng bộ Trường Đại học", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID hospital =
                found(organizer, code("BV"), "Đảng bộ Bệnh viện tỉnh", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("CB"), "Chi bộ Khoa Dược", OrganizationType.SUBORDINATE_CELL, school);

        Organization moved = new StructuralChangesApi(Gateway.as(organizer))
                .moveOrganization(
                        cell,
                        new MoveRequest()
                                .newParentId(hospital)
                                .decision(new Decision().number("12-QĐ/ĐUK").date(LocalDate.of(2024, 3, 1))),
                        null,
                        null);
        assertEquals(hospital, moved.getParentId());
        List<StructuralChange> history = organizations.getOrganizationHistory(cell);
        assertReadsBack(List.of(ChangeKind.FOUND, ChangeKind.MOVE), history, StructuralChange::getKind);
        assertEquals("organizer", history.get(1).getRecordedBy());
        assertEquals(
                List.of(bloc, school),
                organizations.listAncestors(cell, LocalDate.of(2024, 2, 29)).stream()
                        .map(Organization::getId)
                        .toList());
        assertTrue(
                organizations
                        .listOrganizations(null, null, null, null, "chi bo khoa duoc", null, null, null, null)
                        .getItems()
                        .stream()
                        .anyMatch(o -> o.getId().equals(cell)));
    }

    @Test
    void anOrganizationHandedOverFromOutsideTheBlocIsReceivedWithItsTerm() throws ApiException {
        String organizer = LocalStack.login("organizer");
        Organization received = new OrganizationsApi(Gateway.as(organizer))
                .receiveOrganization(
                        new ReceiveOrganizationRequest()
                                .organization(new NewOrganization()
                                        .code(code("TN"))
                                        .name("Đảng bộ Tổng công ty Cấp nước")
                                        .type(OrganizationType.GRASSROOTS_COMMITTEE)
                                        .parentId(bloc)
                                        .hostUnit(new HostUnit()
                                                .name("Tổng công ty Cấp nước")
                                                .kind(HostUnitKind.STATE_ENTERPRISE)))
                                .origin("Đảng ủy Khối Doanh nghiệp Trung ương")
                                .decision(new Decision().number("31-QĐ/ĐUK").date(LocalDate.of(2024, 4, 2))),
                        null);
        assertEquals(bloc, received.getParentId());
        TermsApi terms = new TermsApi(Gateway.as(organizer));
        Term term = terms.openTerm(
                received.getId(),
                new TermRequest()
                        .startYear(2025)
                        .endYear(2030)
                        .congressDate(LocalDate.of(2025, 6, 14))
                        .decisionNumber("45-QĐ/ĐUK"),
                null);
        assertReadsBack(List.of(term.getId()), terms.listTerms(received.getId()), Term::getId);
        assertReadsBack(
                List.of(ChangeKind.TRANSFER_IN),
                new OrganizationsApi(Gateway.as(organizer)).getOrganizationHistory(received.getId()),
                StructuralChange::getKind);
    }

    @Test
    void anOrganizerFoundsTheCellsOfACommitteeInOneBatch() throws Exception {
        String organizer = LocalStack.login("organizer");
        UUID school =
                found(organizer, code("DHL"), "Đảng bộ Trường Cao đẳng", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        List<String> codes = List.of(code("CBA"), code("CBB"));
        OrganizationsApi organizations = new OrganizationsApi(Gateway.as(organizer));
        FoundOrganizationsResponse founded = organizations.foundOrganizationsInBatch(
                new FoundOrganizationsRequest()
                        .items(codes.stream().map(code -> cell(code, school)).toList()),
                null);
        assertEquals(
                codes, founded.getItems().stream().map(Organization::getCode).toList());
        assertEquals(
                Set.copyOf(founded.getItems().stream().map(Organization::getId).toList()),
                Set.copyOf(organizations.listChildren(school, null, null, null).stream()
                        .map(Organization::getId)
                        .toList()));

        // Sent again with a cell under one of the new cells: the client tells, item by item, what was refused and why
        // from the problem's model, without reading its text.
        UUID firstCell = founded.getItems().get(0).getId();
        ApiException refused = assertThrows(
                ApiException.class,
                () -> organizations.foundOrganizationsInBatch(
                        new FoundOrganizationsRequest()
                                .items(List.of(
                                        cell(codes.get(0), school),
                                        cell(codes.get(1), school),
                                        cell(code("CBC"), firstCell))),
                        null));
        assertEquals(422, refused.getCode());
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("ORG-BATCH", problem.getRule());
        assertEquals(
                List.of("items[0]", "items[1]", "items[2]"),
                problem.getErrors().stream().map(FieldError::getField).toList());
        assertEquals(
                List.of(
                        URI.create("https://partybloc.vn/problems/conflict"),
                        URI.create("https://partybloc.vn/problems/conflict"),
                        URI.create("https://partybloc.vn/problems/domain-rule")),
                problem.getErrors().stream().map(FieldError::getType).toList());
        assertEquals(
                Arrays.asList(null, null, "ORG-ALLOWED-PARENT"),
                problem.getErrors().stream().map(FieldError::getRule).toList());
        assertEquals(
                Set.copyOf(codes),
                Set.copyOf(organizations.listChildren(school, null, null, null).stream()
                        .map(Organization::getCode)
                        .toList()));
    }

    private static FoundOrganizationRequest cell(String code, UUID parent) {
        return new FoundOrganizationRequest()
                .organization(new NewOrganization()
                        .code(code)
                        .name("Chi bộ " + code)
                        .type(OrganizationType.SUBORDINATE_CELL)
                        .parentId(parent)
                        .hostUnit(new HostUnit().name("Trường Cao đẳng").kind(HostUnitKind.PUBLIC_SERVICE_UNIT)))
                .decision(new Decision().number(code + "-QĐ/ĐU").date(LocalDate.of(2024, 2, 1)));
    }
}
