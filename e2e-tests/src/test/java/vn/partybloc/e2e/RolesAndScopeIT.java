package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.ApiResponse;
import vn.partybloc.client.api.CommitteePositionsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.EndReason;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.TerminationRequest;
import vn.partybloc.kernel.BlocZone;

/** Who may do what, through the gateway with real Keycloak tokens: read-only roles, no token, a secretary's subtree. */
@Order(4)
class RolesAndScopeIT extends Journey {

    @Test
    void aViewerReadsButCannotWriteAndNoTokenIsRefusedAtTheEdge() throws ApiException {
        String viewer = LocalStack.login("viewer");
        ApiResponse<Organization> read =
                new OrganizationsApi(Gateway.as(viewer)).getOrganizationWithHttpInfo(bloc, null);
        assertEquals(200, read.getStatusCode());
        assertNotNull(header(read.getHeaders(), "ETag"));
        ApiException refused = assertThrows(
                ApiException.class, () -> found(viewer, code("V"), "Chi bộ", OrganizationType.GRASSROOTS_CELL, bloc));
        assertEquals(403, refused.getCode());
        assertEquals(
                "application/problem+json",
                refused.getResponseHeaders().firstValue("Content-Type").orElse(""));
        // The generated client always sends a token: a request without one goes through rest-assured.
        Gateway.raw().get("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json");
        ApiException forged = assertThrows(
                ApiException.class,
                () -> new OrganizationsApi(Gateway.refusedOnPurpose(viewer + "x"))
                        .listOrganizations(null, null, null, null, null, null, null, null, null));
        assertEquals(401, forged.getCode());
    }

    @Test
    void aSecretarySeesNothingOutsideTheirOwnSubtree() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(Gateway.as(LocalStack.login("secretary")));
        ApiException hidden = assertThrows(ApiException.class, () -> organizations.getOrganization(bloc, null));
        assertEquals(404, hidden.getCode());
        // The demo loader bound the secretary to a grassroots committee: they see its subtree and nothing above it.
        var visible = organizations.listOrganizations(null, null, null, null, null, null, null, null, null);
        assertTrue(visible.getTotal() > 0);
        assertFalse(visible.getItems().stream().anyMatch(o -> o.getId().equals(bloc)));
    }

    /**
     * A secretary's access follows the register (ADR 0012): a user bound to a grassroots committee and a party member
     * is refused while the member holds no position there, let in once they are its secretary, and refused again once
     * that position has ended, with the same token throughout (the gateway keeps the register's answer 5 s in
     * this stack, 30 s by default).
     */
    @Test
    void aSecretaryIsLetInWhileInOfficeAndRefusedOnceTheirPositionHasEnded() throws Exception {
        String organizer = LocalStack.login("organizer");
        UUID grassroots =
                found(organizer, code("GC"), "Đảng bộ Sở Tư pháp", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("SC"), "Chi bộ Văn phòng Sở", OrganizationType.SUBORDINATE_CELL, grassroots);
        awaitMemberServiceKnows(organizer, cell);
        UUID person = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Phạm Văn Nhiệm", LocalDate.of(1986, 4, 2), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2012, 5, 19))
                                .fullMemberSince(LocalDate.of(2013, 5, 19)),
                        null)
                .getId();
        UUID committee = formCommittee(organizer, grassroots, CommitteeKind.EXECUTIVE_COMMITTEE);
        String user = code("bithu").toLowerCase();
        LocalStack.addSecretary(user, grassroots, person);
        String token = LocalStack.login(user);
        OrganizationsApi asSecretary = new OrganizationsApi(Gateway.refusedOnPurpose(token));

        ApiException notYet = assertThrows(ApiException.class, () -> asSecretary.getOrganization(grassroots, null));
        assertEquals(403, notYet.getCode());

        UUID position = startPosition(organizer, committee, person, Appointment.ELECTED, LocalDate.of(2025, 9, 1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> succeeds(() -> asSecretary.getOrganization(grassroots, null)));

        CommitteePositionsApi positions = new CommitteePositionsApi(Gateway.as(organizer));
        positions.endPosition(
                position,
                new TerminationRequest().endsOn(BlocZone.today().minusDays(1)).reason(EndReason.REASSIGNMENT),
                header(positions.getPositionWithHttpInfo(position).getHeaders(), "ETag"),
                null);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> !succeeds(() -> asSecretary.getOrganization(grassroots, null)));
        ApiException ended = assertThrows(ApiException.class, () -> asSecretary.getOrganization(grassroots, null));
        assertEquals(403, ended.getCode());
        assertTrue(ended.getResponseBody().contains("/problems/forbidden"), ended.getResponseBody());
    }
}
