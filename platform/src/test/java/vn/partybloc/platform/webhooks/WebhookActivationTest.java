package vn.partybloc.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.Roles;

/**
 * Publications wake a delivery round only while the dispatcher knows of an ACTIVE subscription; it learns of one from
 * its poll's count, or at once when one is created or resumed here. A count made while the subscription's transaction
 * had not yet committed cannot see it, and must not make the dispatcher forget it ({@link SubscriptionActivityTest} has
 * the rule's cases; this test, the dispatcher's wiring to a real commit).
 */
@QuarkusTest
class WebhookActivationTest {

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @TestSecurity(user = "hr-system", roles = Roles.INTEGRATION)
    void aPollCountingBeforeANewSubscriptionCommitsDoesNotLeaveTheDispatcherAsleep() throws SQLException {
        assertEquals(0, activeSubscriptions(), "no other test's subscription is ACTIVE");
        dispatcher.poll();
        assertFalse(dispatcher.anyActive(), "with none ACTIVE, publications wake no round");

        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            UUID created = subscribe().id();
            dispatcher.poll(); // a transaction of its own, which cannot see the subscription before it commits
            return created;
        });
        try {
            assertTrue(
                    dispatcher.anyActive(),
                    "the committed subscription's events wake rounds without waiting for a poll");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> webhooks.delete(id));
        }
    }

    private WebhookSubscription subscribe() {
        return webhooks.create(
                new WebhookSubscriptionRequest("http://127.0.0.1:9/hooks", null, null, null), "activation test");
    }

    private long activeSubscriptions() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement()
                        .executeQuery("select count(*) from webhook_subscriptions where status = 'ACTIVE'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
