package vn.partybloc.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The parts every gateway test runs against: the test OIDC server and the stand-in upstreams. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(UpstreamResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
