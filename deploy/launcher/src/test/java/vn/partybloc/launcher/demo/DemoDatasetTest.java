package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The dataset is a function of its seeds alone. */
class DemoDatasetTest {

    @Test
    void theSameSeedsGiveTheSameDataset() {
        assertEquals(Demo.DATASET, DemoDataset.generate(DemoSeed.DEMO));
    }

    @Test
    void otherSeedsGiveAnotherDatasetWithTheSameFigures() {
        DemoDataset other = DemoDataset.generate(new DemoSeed(1, 2, 3, 4, 5));
        assertNotEquals(Demo.DATASET.organizations(), other.organizations());
        assertNotEquals(Demo.DATASET.members(), other.members());
        assertNotEquals(Demo.DATASET.courses(), other.courses());
        assertNotEquals(Demo.DATASET.ratings(), other.ratings());
        assertEquals(Demo.DATASET.members().size(), other.members().size());
        assertEquals(Demo.DATASET.committeeMembers(), other.committeeMembers());
    }

    @Test
    void theDatasetCannotBeChangedOnceGenerated() {
        DemoDataset dataset = DemoDataset.generate(DemoSeed.DEMO); // not the shared one, in case it can be changed
        assertThrows(
                UnsupportedOperationException.class, () -> dataset.members().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> dataset.positions().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> dataset.organizations().changes().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> dataset.courses().get(0).completions().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> dataset.ratings().clear());
    }
}
