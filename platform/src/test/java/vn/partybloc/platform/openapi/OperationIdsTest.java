package vn.partybloc.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** The names the document's filter gives the operations a shared base resource declares without one. */
class OperationIdsTest {

    /** Clients generated from the document call them by these names: they stay what each family's resource had. */
    @Test
    void anExportFamilysReadsAreNamedAfterItsSingularNoun() {
        assertEquals("listMemberExports", ApiConventionsFilter.operationId(HttpMethod.GET, "/api/v1/members/exports"));
        assertEquals(
                "getPositionExport",
                ApiConventionsFilter.operationId(HttpMethod.GET, "/api/v1/positions/exports/{id}"));
        assertEquals(
                "getOrganizationExportContent",
                ApiConventionsFilter.operationId(HttpMethod.GET, "/api/v1/organizations/exports/{id}/content"));
    }

    @Test
    void aChangesFeedIsNamedAfterItsContext() {
        assertEquals("getMembersChanges", ApiConventionsFilter.operationId(HttpMethod.GET, "/api/v1/changes/members"));
    }
}
