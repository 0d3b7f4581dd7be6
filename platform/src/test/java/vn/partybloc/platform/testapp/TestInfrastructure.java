package vn.partybloc.platform.testapp;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.partybloc.testing.KafkaResource;
import vn.partybloc.testing.PostgresResource;

/** Declares, once for every test of this module, the real parts the tests run against. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
