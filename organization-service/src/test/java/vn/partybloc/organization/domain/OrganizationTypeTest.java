package vn.partybloc.organization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.organization.domain.OrganizationType.BLOC_COMMITTEE;
import static vn.partybloc.organization.domain.OrganizationType.GRASSROOTS_CELL;
import static vn.partybloc.organization.domain.OrganizationType.GRASSROOTS_COMMITTEE;
import static vn.partybloc.organization.domain.OrganizationType.SUBORDINATE_CELL;
import static vn.partybloc.organization.domain.OrganizationType.SUB_COMMITTEE;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Domain rule 3: the Bloc committee leads grassroots committees and grassroots cells; a grassroots committee leads
 * sub-committees and subordinate cells; a sub-committee leads subordinate cells; a cell leads nothing.
 */
class OrganizationTypeTest {

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource({
        // child, parent, allowed: every one of the 25 pairs
        "BLOC_COMMITTEE, BLOC_COMMITTEE, false",
        "BLOC_COMMITTEE, GRASSROOTS_COMMITTEE, false",
        "BLOC_COMMITTEE, GRASSROOTS_CELL, false",
        "BLOC_COMMITTEE, SUB_COMMITTEE, false",
        "BLOC_COMMITTEE, SUBORDINATE_CELL, false",
        "GRASSROOTS_COMMITTEE, BLOC_COMMITTEE, true",
        "GRASSROOTS_COMMITTEE, GRASSROOTS_COMMITTEE, false",
        "GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, false",
        "GRASSROOTS_COMMITTEE, SUB_COMMITTEE, false",
        "GRASSROOTS_COMMITTEE, SUBORDINATE_CELL, false",
        "GRASSROOTS_CELL, BLOC_COMMITTEE, true",
        "GRASSROOTS_CELL, GRASSROOTS_COMMITTEE, false",
        "GRASSROOTS_CELL, GRASSROOTS_CELL, false",
        "GRASSROOTS_CELL, SUB_COMMITTEE, false",
        "GRASSROOTS_CELL, SUBORDINATE_CELL, false",
        "SUB_COMMITTEE, BLOC_COMMITTEE, false",
        "SUB_COMMITTEE, GRASSROOTS_COMMITTEE, true",
        "SUB_COMMITTEE, GRASSROOTS_CELL, false",
        "SUB_COMMITTEE, SUB_COMMITTEE, false",
        "SUB_COMMITTEE, SUBORDINATE_CELL, false",
        "SUBORDINATE_CELL, BLOC_COMMITTEE, false",
        "SUBORDINATE_CELL, GRASSROOTS_COMMITTEE, true",
        "SUBORDINATE_CELL, GRASSROOTS_CELL, false",
        "SUBORDINATE_CELL, SUB_COMMITTEE, true",
        "SUBORDINATE_CELL, SUBORDINATE_CELL, false"
    })
    void aTypeMaySitOnlyUnderTheParentsRuleThreeAllows(
            OrganizationType child, OrganizationType parent, boolean allowed) {
        assertEquals(allowed, parent.allowedChildren().contains(child));
    }

    @Test
    void theAllowedChildrenOfEachType() {
        assertEquals(EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL), BLOC_COMMITTEE.allowedChildren());
        assertEquals(EnumSet.of(SUB_COMMITTEE, SUBORDINATE_CELL), GRASSROOTS_COMMITTEE.allowedChildren());
        assertEquals(EnumSet.of(SUBORDINATE_CELL), SUB_COMMITTEE.allowedChildren());
        assertEquals(Set.of(), GRASSROOTS_CELL.allowedChildren());
        assertEquals(Set.of(), SUBORDINATE_CELL.allowedChildren());
    }

    @Test
    void grassrootsAreTheBlocsDirectChildrenAndCellsAreTheLeaves() {
        assertEquals(BLOC_COMMITTEE.allowedChildren(), EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL));
        for (OrganizationType type : OrganizationType.values()) {
            assertEquals(BLOC_COMMITTEE.allowedChildren().contains(type), type.isGrassroots(), type.name());
            assertEquals(type.allowedChildren().isEmpty(), type.isCell(), type.name());
        }
    }
}
