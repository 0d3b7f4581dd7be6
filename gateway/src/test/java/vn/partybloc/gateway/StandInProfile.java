package vn.partybloc.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;

/**
 * A test profile whose upstreams are a stand-in of its own instead of the shared ones ({@link TestInfrastructure}),
 * with the test OIDC server.
 */
abstract class StandInProfile implements QuarkusTestProfile {

    private final Class<? extends QuarkusTestResourceLifecycleManager> standIn;

    StandInProfile(Class<? extends QuarkusTestResourceLifecycleManager> standIn) {
        this.standIn = standIn;
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class), new TestResourceEntry(standIn));
    }
}
