package vn.partybloc.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.platform.persistence.SqlValues;

/** The {@code webhook_subscriptions} table. */
@ApplicationScoped
class WebhookSubscriptions {

    private static final String COLUMNS = "id, client_id, created_by, created_at, target_url, event_types, roles,"
            + " purpose, secret, previous_secret, previous_secret_until, status, position, attempts, retrying_since,"
            + " next_attempt_at, organization_id";

    private final EntityManager em;

    WebhookSubscriptions(EntityManager em) {
        this.em = em;
    }

    void insert(Subscription s) {
        em.createNativeQuery("insert into webhook_subscriptions (" + COLUMNS + ")"
                        + " values (:id, :client, :createdBy, :createdAt, :url, :types, :roles, :purpose, :secret,"
                        + " null, null, :status, :position, 0, null, null, :organization)")
                .setParameter("id", s.id())
                .setParameter("client", s.clientId())
                .setParameter("createdBy", s.createdBy())
                .setParameter("createdAt", Timestamp.from(s.createdAt()))
                .setParameter("url", s.url())
                .setParameter("types", String.join(",", s.types()))
                .setParameter("roles", String.join(",", s.roles()))
                .setParameter("purpose", s.purpose())
                .setParameter("secret", s.secret())
                .setParameter("status", s.status().name())
                .setParameter("position", s.position())
                .setParameter("organization", s.organizationId())
                .executeUpdate();
    }

    Optional<Subscription> find(UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from webhook_subscriptions where id = :id")
                        .setParameter("id", id))
                .stream()
                .findFirst();
    }

    /** Newest first; a client's own when {@code clientId} is given. */
    List<Subscription> list(String clientId, int limit) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from webhook_subscriptions"
                        + (clientId == null ? "" : " where client_id = :client")
                        + " order by created_at desc, id limit :limit")
                .setParameter("limit", limit);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        return rows(query);
    }

    boolean anyActive() {
        return (Boolean)
                em.createNativeQuery("select exists (select 1 from webhook_subscriptions where status = 'ACTIVE')")
                        .getSingleResult();
    }

    long count(String clientId) {
        return ((Number) em.createNativeQuery("select count(*) from webhook_subscriptions where client_id = :client")
                        .setParameter("client", clientId)
                        .getSingleResult())
                .longValue();
    }

    /** ACTIVE starts afresh: the next event is tried at once, its retries forgotten. */
    void changeStatus(UUID id, WebhookStatus status) {
        em.createNativeQuery("update webhook_subscriptions set status = :status"
                        + (status == WebhookStatus.ACTIVE
                                ? ", attempts = 0, retrying_since = null, next_attempt_at = null"
                                : "")
                        + " where id = :id")
                .setParameter("status", status.name())
                .setParameter("id", id)
                .executeUpdate();
    }

    void rotate(UUID id, String secret, Instant previousUntil) {
        em.createNativeQuery("update webhook_subscriptions set previous_secret = secret, secret = :secret,"
                        + " previous_secret_until = :until where id = :id")
                .setParameter("secret", secret)
                .setParameter("until", Timestamp.from(previousUntil))
                .setParameter("id", id)
                .executeUpdate();
    }

    void delete(UUID id) {
        em.createNativeQuery("delete from webhook_subscriptions where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Takes up to {@code limit} ACTIVE subscriptions that are due and behind the outbox, leased for {@code lease} so
     * that no other instance delivers them meanwhile.
     */
    List<Subscription> leaseDue(Duration lease, int limit) {
        return rows(
                em.createNativeQuery("update webhook_subscriptions set lease_until = now() + :lease * interval '1 ms'"
                                + " where id in (select id from webhook_subscriptions where status = 'ACTIVE'"
                                + " and (next_attempt_at is null or next_attempt_at <= now())"
                                + " and (lease_until is null or lease_until < now())"
                                + " and position < (select coalesce(max(seq), 0) from outbox)"
                                + " order by coalesce(next_attempt_at, created_at) limit :limit for update skip locked)"
                                + " returning " + COLUMNS)
                        .setParameter("lease", lease.toMillis())
                        .setParameter("limit", limit));
    }

    void release(UUID id) {
        em.createNativeQuery("update webhook_subscriptions set lease_until = null where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Past events that none of its types was among, or delivered: the next delivery starts after {@code position}. */
    void advance(UUID id, long position) {
        em.createNativeQuery("update webhook_subscriptions set position = :position, attempts = 0,"
                        + " retrying_since = null, next_attempt_at = null where id = :id and position < :position")
                .setParameter("position", position)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** One more failed attempt at the next event; FAILING when {@code failing}. */
    void retryLater(UUID id, Instant nextAttempt, boolean failing) {
        em.createNativeQuery("update webhook_subscriptions set attempts = attempts + 1,"
                        + " retrying_since = coalesce(retrying_since, now()), next_attempt_at = :next"
                        + (failing ? ", status = 'FAILING'" : "")
                        + " where id = :id")
                .setParameter("next", Timestamp.from(nextAttempt))
                .setParameter("id", id)
                .executeUpdate();
    }

    private static List<Subscription> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Subscription(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        SqlValues.instant(row[3]),
                        (String) row[4],
                        split((String) row[5]),
                        new LinkedHashSet<>(split((String) row[6])),
                        (String) row[7],
                        (String) row[8],
                        (String) row[9],
                        SqlValues.instant(row[10]),
                        WebhookStatus.valueOf((String) row[11]),
                        ((Number) row[12]).longValue(),
                        ((Number) row[13]).intValue(),
                        SqlValues.instant(row[14]),
                        SqlValues.instant(row[15]),
                        (UUID) row[16]))
                .toList();
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
