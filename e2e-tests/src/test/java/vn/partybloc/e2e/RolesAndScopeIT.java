package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.ApiResponse;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;

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
                        .listOrganizations(null, null, null, null, null, null, null, null));
        assertEquals(401, forged.getCode());
    }

    @Test
    void aSecretarySeesNothingOutsideTheirOwnSubtree() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(Gateway.as(LocalStack.login("secretary")));
        ApiException hidden = assertThrows(ApiException.class, () -> organizations.getOrganization(bloc, null));
        assertEquals(404, hidden.getCode());
        // The demo loader bound the secretary to a grassroots committee: they see its subtree and nothing above it.
        var visible = organizations.listOrganizations(null, null, null, null, null, null, null, null);
        assertTrue(visible.getTotal() > 0);
        assertFalse(visible.getItems().stream().anyMatch(o -> o.getId().equals(bloc)));
    }
}
