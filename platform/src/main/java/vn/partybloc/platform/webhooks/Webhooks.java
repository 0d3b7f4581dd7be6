package vn.partybloc.platform.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.events.ChangeEvent;
import vn.partybloc.platform.events.ChangesFeed;
import vn.partybloc.platform.events.ChangesFilter;
import vn.partybloc.platform.events.EventOrganizations;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;

/**
 * A client's webhook subscriptions: each client sees and changes only its own; {@code admin} sees and may pause or
 * delete every client's.
 */
@ApplicationScoped
public class Webhooks {

    static final int MAX_LISTED = 500;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final WebhookDispatcher dispatcher;
    private final Event<SubscriptionActivated> activations;
    private final WebhookMeters meters;
    private final ChangesFeed feed;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final EntityManager em;
    private final WebhookConfig config;
    private final Clock clock;

    Webhooks(
            WebhookSubscriptions subscriptions,
            WebhookDeliveries deliveries,
            WebhookTargets targets,
            WebhookSender sender,
            WebhookDispatcher dispatcher,
            Event<SubscriptionActivated> activations,
            WebhookMeters meters,
            ChangesFeed feed,
            Caller caller,
            SecurityIdentity identity,
            EntityManager em,
            WebhookConfig config,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.sender = sender;
        this.dispatcher = dispatcher;
        this.activations = activations;
        this.meters = meters;
        this.feed = feed;
        this.caller = caller;
        this.identity = identity;
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** A new subscription of the caller's client, with its secret: the only answer that shows it but a rotation. */
    @Transactional
    public WebhookSubscription create(WebhookSubscriptionRequest request, String purpose) {
        String clientId = caller.clientId();
        if (subscriptions.count(clientId) >= config.maxPerClient()) {
            throw ProblemException.conflict("webhook.limit", config.maxPerClient());
        }
        targets.check(request.url());
        if (request.organizationId() != null && !EventOrganizations.known(em, request.organizationId())) {
            throw ProblemException.notFound("organization", request.organizationId());
        }
        Set<String> roles =
                new LinkedHashSet<>(identity.getRoles().stream().sorted().toList());
        String secret = WebhookSignature.newSecret();
        Subscription subscription = new Subscription(
                UUID.randomUUID(),
                clientId,
                caller.name(),
                clock.instant(),
                request.url(),
                request.types() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.types())),
                roles,
                purpose,
                secret,
                null,
                null,
                WebhookStatus.ACTIVE,
                request.after() == null ? feedEnd() : Long.parseLong(request.after()),
                0,
                null,
                null,
                request.organizationId());
        subscriptions.insert(subscription);
        activations.fire(new SubscriptionActivated(subscription.id()));
        return subscription.view(secret);
    }

    /** The caller's client's subscriptions, newest first; for {@code admin}, every client's or {@code clientId}'s. */
    @Transactional
    public List<WebhookSubscription> list(String clientId) {
        String only = isAdmin() ? clientId : caller.clientId();
        return subscriptions.list(only, MAX_LISTED).stream()
                .map(s -> s.view(null))
                .toList();
    }

    @Transactional
    public WebhookSubscription get(UUID id) {
        return visible(id).view(null);
    }

    @Transactional
    public WebhookSubscription changeStatus(UUID id, WebhookStatus status) {
        if (status == WebhookStatus.FAILING) {
            throw ProblemException.invalid("status", "webhook.status-failing");
        }
        visible(id);
        subscriptions.changeStatus(id, status);
        if (status == WebhookStatus.ACTIVE) {
            activations.fire(new SubscriptionActivated(id));
        }
        return visible(id).view(null);
    }

    /** A new secret; the old one still signs, beside it, for {@link WebhookConfig#secretOverlap()}. */
    @Transactional
    public WebhookSubscription rotateSecret(UUID id) {
        visible(id);
        String secret = WebhookSignature.newSecret();
        subscriptions.rotate(id, secret, clock.instant().plus(config.secretOverlap()));
        return visible(id).view(secret);
    }

    @Transactional
    public void delete(UUID id) {
        visible(id);
        subscriptions.delete(id);
    }

    @Transactional
    public WebhookDeliveryPage deliveries(UUID id, Long before, int limit) {
        visible(id);
        List<WebhookDelivery> page = deliveries.page(id, before, limit + 1);
        boolean more = page.size() > limit;
        List<WebhookDelivery> items = more ? page.subList(0, limit) : page;
        return new WebhookDeliveryPage(items, more ? items.get(items.size() - 1).position() : null);
    }

    /**
     * Posts a logged delivery's event again, now, with the same {@code webhook-id}. One that had not been delivered
     * yet, and now is, moves the subscription past it.
     */
    public WebhookDelivery redeliver(UUID id, UUID deliveryId) {
        Subscription subscription = QuarkusTransaction.requiringNew().call(() -> visible(id));
        WebhookDelivery delivery = QuarkusTransaction.requiringNew()
                .call(() -> deliveries
                        .find(id, deliveryId)
                        .orElseThrow(() -> ProblemException.notFound("webhook-delivery", deliveryId)));
        long position = Long.parseLong(delivery.position());
        ChangeEvent event = QuarkusTransaction.requiringNew()
                .call(() -> feed.read(
                                Long.toString(position - 1),
                                1,
                                ChangesFilter.hiding(dispatcher.hiddenFrom(subscription)))
                        .items())
                .stream()
                .filter(e -> e.position().equals(delivery.position()))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("webhook.event-purged", delivery.position()));
        WebhookEvent thin = WebhookEvent.of(event);
        dispatcher.recordShare(subscription, thin);
        WebhookAttempt attempt = sender.send(subscription, deliveryId, thin);
        meters.posted(attempt);
        QuarkusTransaction.requiringNew().run(() -> {
            deliveries.attempted(
                    id,
                    deliveryId,
                    thin,
                    attempt,
                    attempt.delivered() ? WebhookDeliveryStatus.DELIVERED : delivery.status());
            if (attempt.delivered()) {
                subscriptions.advance(id, position);
            }
        });
        return QuarkusTransaction.requiringNew()
                .call(() -> deliveries.find(id, deliveryId).orElseThrow());
    }

    private long feedEnd() {
        Number end = (Number)
                em.createNativeQuery("select coalesce(max(seq), 0) from outbox").getSingleResult();
        return end.longValue();
    }

    /** The subscription, if the caller's client holds it or the caller is an admin; else 404, as for none. */
    private Subscription visible(UUID id) {
        return subscriptions
                .find(id)
                .filter(s -> isAdmin() || s.clientId().equals(caller.clientId()))
                .orElseThrow(() -> ProblemException.notFound("webhook", id));
    }

    private boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }
}
