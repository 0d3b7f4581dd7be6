package vn.partybloc.member;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.OpenApiContract;

/** The OpenAPI document types every answer, so that a generated client returns typed values (issue 12). */
@QuarkusTest
class OpenApiTest {

    @Test
    void everySuccessResponseHasASchema() throws Exception {
        OpenApiContract.assertEverySuccessResponseHasASchema();
    }
}
