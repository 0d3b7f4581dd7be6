package vn.partybloc.testing;

import org.junit.jupiter.api.Test;

/**
 * The checks every service's OpenAPI document passes: every answer typed, every creation answer with its
 * {@code Location}, every operation described, an example of every JSON request body, every nullable field able to hold null, so that a generated client returns typed values and a reader knows what to send. A service's
 * {@code @QuarkusTest} extends it.
 */
public abstract class OpenApiContractTestBase {

    @Test
    void everySuccessResponseHasASchema() throws Exception {
        OpenApiContract.assertEverySuccessResponseHasASchema();
    }

    @Test
    void everyCreationAnswerDeclaresItsLocation() throws Exception {
        OpenApiContract.assertEveryCreationAnswerDeclaresItsLocation();
    }

    @Test
    void everyOperationHasADescription() throws Exception {
        OpenApiContract.assertEveryOperationHasADescription();
    }

    @Test
    void everyJsonRequestBodyHasAnExample() throws Exception {
        OpenApiContract.assertEveryJsonRequestBodyHasAnExample();
    }

    @Test
    void everyNullableSchemaAcceptsNull() throws Exception {
        OpenApiContract.assertEveryNullableSchemaAcceptsNull();
    }

    @Test
    void everyOperationHasAnIdAndItsProblemResponses() throws Exception {
        OpenApiContract.assertEveryOperationHasAnIdAndItsProblemResponses();
    }

    @Test
    void everyOperationListsItsResponsesInStatusOrder() throws Exception {
        OpenApiContract.assertEveryOperationListsItsResponsesInStatusOrder();
    }
}
