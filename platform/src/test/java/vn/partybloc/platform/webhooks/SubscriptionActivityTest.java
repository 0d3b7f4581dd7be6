package vn.partybloc.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A count's finding stands unless a subscription was activated while it was being made. */
class SubscriptionActivityTest {

    private final SubscriptionActivity activity = new SubscriptionActivity();

    @Test
    void aCountThatFoundNoneLetsPublicationsRest() {
        activity.counted(activity.countBegins(), false);

        assertFalse(activity.anyActive());
    }

    @Test
    void anActivationWakesPublicationsAtOnce() {
        activity.counted(activity.countBegins(), false);

        activity.activated();

        assertTrue(activity.anyActive());
    }

    @Test
    void aCountBegunBeforeAnActivationDoesNotUndoIt() {
        long begun = activity.countBegins();
        activity.activated(); // committed while the count, which cannot see it, was running
        activity.counted(begun, false);

        assertTrue(activity.anyActive(), "the activation stands until a count that began after it");
    }

    @Test
    void aCountBegunAfterAnActivationDecides() {
        activity.activated();
        activity.counted(activity.countBegins(), false); // the subscription was deleted or paused since

        assertFalse(activity.anyActive());
    }
}
