package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A form sent under one idempotency key, so the same form sent twice (a double click, a retry) is one request. The API
 * keeps a key with its answer, a refusal too; so a refused form is shown again under a new key, for the corrected
 * request is another one.
 */
public abstract class KeyedForm {

    @RestForm
    String idempotencyKey;

    void newKey() {
        idempotencyKey = UUID.randomUUID().toString();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
