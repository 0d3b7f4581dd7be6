package vn.partybloc.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import vn.partybloc.testing.BadInputTestBase;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BadInputTest extends BadInputTestBase {

    @Override
    protected String adminToken() {
        return Tokens.as("admin");
    }
}
