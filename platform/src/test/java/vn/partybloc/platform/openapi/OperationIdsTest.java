package vn.partybloc.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
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

    /** A family of more than one word keeps the three names apart (a defect found with training records' exports). */
    @Test
    void aFamilyOfSeveralWordsIsNamedInOneNoun() {
        assertEquals(
                List.of("listTrainingRecordExports", "getTrainingRecordExport", "getTrainingRecordExportContent"),
                Stream.of("", "/{id}", "/{id}/content")
                        .map(read -> ApiConventionsFilter.operationId(
                                HttpMethod.GET, "/api/v1/training-records/exports" + read))
                        .toList());
    }

    @Test
    void aChangesFeedIsNamedAfterItsContext() {
        assertEquals("getMembersChanges", ApiConventionsFilter.operationId(HttpMethod.GET, "/api/v1/changes/members"));
    }

    @Test
    void aShareLogIsNamedAfterItsContext() {
        assertEquals(
                List.of("getMembersShareLog", "getMembersShareLogReport"),
                Stream.of("", "/report")
                        .map(read ->
                                ApiConventionsFilter.operationId(HttpMethod.GET, "/api/v1/share-log/members" + read))
                        .toList());
    }

    /** Each context's webhook operations have names of their own, or the merged document would hold each four times. */
    @Test
    void aContextsWebhookOperationsAreNamedAfterIt() {
        String base = "/api/v1/webhooks/evaluations";
        assertEquals(
                List.of(
                        "createEvaluationsWebhook",
                        "listEvaluationsWebhooks",
                        "getEvaluationsWebhook",
                        "deleteEvaluationsWebhook",
                        "changeEvaluationsWebhookStatus",
                        "rotateEvaluationsWebhookSecret",
                        "listEvaluationsWebhookDeliveries",
                        "redeliverEvaluationsWebhookDelivery"),
                List.of(
                        ApiConventionsFilter.operationId(HttpMethod.POST, base),
                        ApiConventionsFilter.operationId(HttpMethod.GET, base),
                        ApiConventionsFilter.operationId(HttpMethod.GET, base + "/{id}"),
                        ApiConventionsFilter.operationId(HttpMethod.DELETE, base + "/{id}"),
                        ApiConventionsFilter.operationId(HttpMethod.POST, base + "/{id}/status-changes"),
                        ApiConventionsFilter.operationId(HttpMethod.POST, base + "/{id}/secret-rotations"),
                        ApiConventionsFilter.operationId(HttpMethod.GET, base + "/{id}/deliveries"),
                        ApiConventionsFilter.operationId(
                                HttpMethod.POST, base + "/{id}/deliveries/{deliveryId}/redeliveries")));
    }

    /** A context's two code-list reads have names of their own, apart from each other and from other contexts'. */
    @Test
    void aContextsCodeListsAreNamedAfterIt() {
        assertEquals(
                List.of("listMembersCodeLists", "getMembersCodeList"),
                Stream.of("", "/{name}")
                        .map(read ->
                                ApiConventionsFilter.operationId(HttpMethod.GET, "/api/v1/code-lists/members" + read))
                        .toList());
    }
}
