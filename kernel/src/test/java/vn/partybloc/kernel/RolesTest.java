package vn.partybloc.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void onlyASecretaryWithNoWiderRoleIsConfinedToTheirSubtree() {
        assertTrue(Roles.confinesToOwnSubtree(Set.of(Roles.SECRETARY)::contains));
        for (String wider : Roles.UNCONFINED) {
            assertFalse(Roles.confinesToOwnSubtree(Set.of(Roles.SECRETARY, wider)::contains), wider);
            assertFalse(Roles.confinesToOwnSubtree(Set.of(wider)::contains), wider);
        }
        assertFalse(Roles.confinesToOwnSubtree(Set.<String>of()::contains));
    }
}
