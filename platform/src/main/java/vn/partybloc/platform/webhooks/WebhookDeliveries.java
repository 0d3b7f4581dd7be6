package vn.partybloc.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.platform.persistence.SqlValues;

/** The {@code webhook_deliveries} table: the delivery log. */
@ApplicationScoped
class WebhookDeliveries {

    private static final String COLUMNS = "id, position, event_id, event_type, status, attempts, response_code, error,"
            + " first_attempt_at, last_attempt_at, delivered_at";

    private final EntityManager em;

    WebhookDeliveries(EntityManager em) {
        this.em = em;
    }

    /** The delivery of the event at {@code position}, which keeps its id from one attempt to the next. */
    Optional<WebhookDelivery> at(UUID subscriptionId, long position) {
        return rows(em.createNativeQuery(
                                "select " + COLUMNS
                                        + " from webhook_deliveries where subscription_id = :subscription and position = :position")
                        .setParameter("subscription", subscriptionId)
                        .setParameter("position", position))
                .stream()
                .findFirst();
    }

    Optional<WebhookDelivery> find(UUID subscriptionId, UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS
                                + " from webhook_deliveries where subscription_id = :subscription and id = :id")
                        .setParameter("subscription", subscriptionId)
                        .setParameter("id", id))
                .stream()
                .findFirst();
    }

    /** Newest event first, those before {@code before} when given. */
    List<WebhookDelivery> page(UUID subscriptionId, Long before, int limit) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from webhook_deliveries"
                        + " where subscription_id = :subscription" + (before == null ? "" : " and position < :before")
                        + " order by position desc limit :limit")
                .setParameter("subscription", subscriptionId)
                .setParameter("limit", limit);
        if (before != null) {
            query.setParameter("before", before);
        }
        return rows(query);
    }

    /** Records an attempt: the first makes the line, the next ones count on it; DELIVERED stays so. */
    void attempted(
            UUID subscriptionId, UUID id, WebhookEvent event, WebhookAttempt attempt, WebhookDeliveryStatus status) {
        em.createNativeQuery("""
                        insert into webhook_deliveries (id, subscription_id, position, event_id, event_type, status,
                            attempts, response_code, error, first_attempt_at, last_attempt_at, delivered_at)
                        values (:id, :subscription, :position, :eventId, :eventType, :status, 1, :code, :error, :at, :at,
                            case when :status = 'DELIVERED' then cast(:at as timestamptz) end)
                        on conflict (subscription_id, position) do update set
                            status = case when webhook_deliveries.status = 'DELIVERED' then 'DELIVERED'
                                else excluded.status end,
                            attempts = webhook_deliveries.attempts + 1, response_code = excluded.response_code,
                            error = excluded.error, last_attempt_at = excluded.last_attempt_at,
                            delivered_at = coalesce(webhook_deliveries.delivered_at, excluded.delivered_at)""")
                .setParameter("id", id)
                .setParameter("subscription", subscriptionId)
                .setParameter("position", event.positionNumber())
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .setParameter("status", status.name())
                .setParameter("code", attempt.responseCode())
                .setParameter("error", attempt.error())
                .setParameter("at", Timestamp.from(attempt.at()))
                .executeUpdate();
    }

    int purgeBefore(Instant before) {
        return em.createNativeQuery("delete from webhook_deliveries where last_attempt_at < :before")
                .setParameter("before", Timestamp.from(before))
                .executeUpdate();
    }

    private static List<WebhookDelivery> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new WebhookDelivery(
                        (UUID) row[0],
                        row[1].toString(),
                        (String) row[2],
                        (String) row[3],
                        WebhookDeliveryStatus.valueOf((String) row[4]),
                        ((Number) row[5]).intValue(),
                        row[6] == null ? null : ((Number) row[6]).intValue(),
                        (String) row[7],
                        SqlValues.instant(row[8]),
                        SqlValues.instant(row[9]),
                        SqlValues.instant(row[10])))
                .toList();
    }
}
