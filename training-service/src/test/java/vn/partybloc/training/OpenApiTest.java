package vn.partybloc.training;

import io.quarkus.test.junit.QuarkusTest;
import vn.partybloc.testing.OpenApiContractTestBase;

/** The service's OpenAPI document passes the checks every service's document passes (issue 12). */
@QuarkusTest
class OpenApiTest extends OpenApiContractTestBase {}
