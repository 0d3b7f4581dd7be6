package vn.partybloc.organization;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import vn.partybloc.testing.BadInputTestBase;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BadInputTest extends BadInputTestBase {

    @Override
    protected String adminToken() {
        return Tokens.as("admin");
    }

    @Override
    protected Map<String, String> knownPathValues() {
        return Map.of(
                "id",
                Fixtures.root().toString(),
                "organizationId",
                Fixtures.root().toString());
    }
}
