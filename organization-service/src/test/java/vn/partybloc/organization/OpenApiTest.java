package vn.partybloc.organization;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.OpenApiContract;

/**
 * The OpenAPI document types every answer, describes every operation and shows an example of every JSON request body,
 * so that a generated client returns typed values and a reader knows what to send (issue 12).
 */
@QuarkusTest
class OpenApiTest {

    @Test
    void everySuccessResponseHasASchema() throws Exception {
        OpenApiContract.assertEverySuccessResponseHasASchema();
    }

    @Test
    void everyOperationHasADescription() throws Exception {
        OpenApiContract.assertEveryOperationHasADescription();
    }

    @Test
    void everyJsonRequestBodyHasAnExample() throws Exception {
        OpenApiContract.assertEveryJsonRequestBodyHasAnExample();
    }
}
