package vn.partybloc.platform.webhooks;

import java.util.UUID;

/** A subscription was created ACTIVE or made ACTIVE again on this instance; observed once its transaction commits. */
record SubscriptionActivated(UUID subscriptionId) {}
