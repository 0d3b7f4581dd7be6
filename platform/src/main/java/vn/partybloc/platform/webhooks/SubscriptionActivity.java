package vn.partybloc.platform.webhooks;

/**
 * Whether an ACTIVE subscription is known, so that publications wake delivery rounds: learnt from a poll's count, and at
 * once from an activation committed here. A count begun before an activation may not have seen it, so it cannot undo
 * it; the next count will.
 */
final class SubscriptionActivity {

    private volatile boolean anyActive = true;
    /** Activations seen so far; a count remembers the number when it begins. Guarded by {@code this}. */
    private long activations;

    /** A subscription was created or made ACTIVE, and its transaction committed. */
    synchronized void activated() {
        activations++;
        anyActive = true;
    }

    /** A count is about to begin: what it must hand back to {@link #counted}. */
    synchronized long countBegins() {
        return activations;
    }

    /** A count's finding, kept unless an activation came after the count began. */
    synchronized void counted(long begun, boolean active) {
        if (activations == begun) {
            anyActive = active;
        }
    }

    boolean anyActive() {
        return anyActive;
    }
}
