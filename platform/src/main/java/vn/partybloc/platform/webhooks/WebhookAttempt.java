package vn.partybloc.platform.webhooks;

import java.time.Instant;

/** What one post of an event answered: a status code, or the error that left none. */
record WebhookAttempt(Instant at, Integer responseCode, String error) {

    boolean delivered() {
        return responseCode != null && responseCode >= 200 && responseCode < 300;
    }
}
