package vn.partybloc.platform.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.partybloc.platform.events.ChangeEvent;
import vn.partybloc.platform.events.ChangesAudience;
import vn.partybloc.platform.events.ChangesFeed;
import vn.partybloc.platform.events.ChangesFilter;
import vn.partybloc.platform.events.ChangesPage;
import vn.partybloc.platform.events.OutboxPublished;
import vn.partybloc.platform.events.RestrictedEventTypes;
import vn.partybloc.platform.shares.ShareKind;
import vn.partybloc.platform.shares.ShareLog;

/**
 * Delivers each ACTIVE subscription's events in outbox order, one at a time: an event is posted only once the one
 * before it was delivered, so a client receives each aggregate's events in the order they happened. A failed post is
 * retried after a wait that doubles each time, for {@link WebhookConfig#retryFor()}; then the subscription is FAILING
 * and waits to be resumed. A subscription is leased while it is delivered, so that instances of the service share the
 * work without delivering an event twice at once. Rounds run on a thread of their own, one at a time, woken by the relay
 * as soon as it has published new events, by a poster that is done, and by a poll besides; a round hands each
 * subscription it leases to one of {@link WebhookConfig#concurrency()} posters, so that a target that hangs holds up
 * only its own subscription.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    static final int SUBSCRIPTIONS_PER_ROUND = 10;
    static final int EVENTS_PER_ROUND = 100;
    static final Duration ROUND_BUDGET = Duration.ofMinutes(1);
    static final Duration LEASE = Duration.ofMinutes(5);

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final ChangesFeed feed;
    private final Instance<RestrictedEventTypes> restricted;
    private final ShareLog shares;
    private final WebhookMeters meters;
    private final WebhookConfig config;
    private final Clock clock;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private final SubscriptionActivity activity = new SubscriptionActivity();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("webhook-dispatcher"));
    private final ExecutorService posters;
    private final Semaphore freePosters;

    WebhookDispatcher(
            WebhookSubscriptions subscriptions,
            WebhookDeliveries deliveries,
            WebhookSender sender,
            ChangesFeed feed,
            Instance<RestrictedEventTypes> restricted,
            ShareLog shares,
            WebhookMeters meters,
            WebhookConfig config,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sender = sender;
        this.feed = feed;
        this.restricted = restricted;
        this.shares = shares;
        this.meters = meters;
        this.config = config;
        this.clock = clock;
        this.posters = Executors.newFixedThreadPool(config.concurrency(), daemon("webhook-poster"));
        this.freePosters = new Semaphore(config.concurrency());
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Looks for new events now and then: on an instance whose relay is not the active one, that is all it does. Learns
     * meanwhile whether any subscription is ACTIVE, which a database out of reach leaves as it was.
     */
    @Scheduled(
            every = "${partybloc.webhooks.poll-interval:1s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        long begun = activity.countBegins();
        try {
            activity.counted(begun, QuarkusTransaction.requiringNew().call(subscriptions::anyActive));
        } catch (RuntimeException e) {
            LOG.debugf("Webhook subscriptions not counted (%s)", e.getMessage());
        }
        if (activity.anyActive()) {
            wake();
        }
    }

    /**
     * The relay has just published new events: deliver them now rather than at the next poll. Without an ACTIVE
     * subscription there is nothing to deliver, and a write-heavy service would otherwise run a round (a transaction
     * and an update of the subscriptions) for every batch it publishes.
     */
    void onPublished(@Observes OutboxPublished published) {
        if (activity.anyActive()) {
            wake();
        }
    }

    /**
     * A subscription created or made ACTIVE here, committed: publications wake rounds again at once. One made ACTIVE
     * through another instance is known here at the next poll. After the commit, since a poll counting before it could
     * not see the subscription.
     */
    void activated(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubscriptionActivated activated) {
        activity.activated();
    }

    /** Whether publications wake a round now: an ACTIVE subscription is known. */
    boolean anyActive() {
        return activity.anyActive();
    }

    /** Queues a round unless one is already waiting; the worker runs them one after another. */
    private void wake() {
        if (roundQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    roundQueued.set(false);
                    try {
                        dispatch();
                    } catch (RuntimeException e) {
                        // The database out of reach: the subscriptions wait where they are, the next round tries again.
                        LOG.debugf("Webhook round not run (%s)", e.getMessage());
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                roundQueued.set(false);
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        posters.shutdownNow();
    }

    /**
     * Leases as many due subscriptions as there are free posters and hands one to each; a poster that is done wakes
     * the next round. Only this round's thread takes posters, so the count it reads stays free until it takes them.
     */
    void dispatch() {
        int free = Math.min(freePosters.availablePermits(), SUBSCRIPTIONS_PER_ROUND);
        if (free == 0) {
            return;
        }
        List<Subscription> due = QuarkusTransaction.requiringNew().call(() -> subscriptions.leaseDue(LEASE, free));
        for (Subscription subscription : due) {
            freePosters.acquireUninterruptibly();
            try {
                posters.execute(() -> {
                    boolean done = false;
                    try {
                        done = deliverLeased(subscription);
                    } finally {
                        freePosters.release();
                        if (done) {
                            wake(); // more may be due; after a failure, the next poll tries again
                        }
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                freePosters.release();
            }
        }
    }

    /** False when the round failed (the database out of reach, say). */
    private boolean deliverLeased(Subscription subscription) {
        try {
            deliver(subscription);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook subscription %s: delivery round failed", subscription.id());
            return false;
        } finally {
            try {
                QuarkusTransaction.requiringNew().run(() -> subscriptions.release(subscription.id()));
            } catch (RuntimeException e) {
                LOG.debugf(
                        "Webhook subscription %s keeps its lease until it ends (%s)",
                        subscription.id(), e.getMessage());
            }
        }
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeDeliveryLog() {
        QuarkusTransaction.requiringNew()
                .run(() -> deliveries.purgeBefore(clock.instant().minus(config.deliveryRetention())));
    }

    private void deliver(Subscription subscription) {
        Instant deadline = clock.instant().plus(ROUND_BUDGET);
        ChangesPage page = QuarkusTransaction.requiringNew()
                .call(() -> feed.read(
                        Long.toString(subscription.position()),
                        EVENTS_PER_ROUND,
                        new ChangesFilter(
                                hiddenFrom(subscription), subscription.types(), subscription.organizationId())));
        for (ChangeEvent event : page.items()) {
            if (clock.instant().isAfter(deadline) || !deliverOne(subscription, WebhookEvent.of(event))) {
                return;
            }
        }
        long readUpTo = Long.parseLong(page.next());
        QuarkusTransaction.requiringNew().run(() -> subscriptions.advance(subscription.id(), readUpTo));
    }

    /** What its creator's roles may not see; the same rule as their changes feed. */
    Set<String> hiddenFrom(Subscription subscription) {
        return ChangesAudience.hiddenFrom(restricted, subscription.roles()::contains);
    }

    /** Posts the event and records the attempt; true when it was delivered. */
    private boolean deliverOne(Subscription subscription, WebhookEvent event) {
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> deliveries
                        .at(subscription.id(), event.positionNumber())
                        .map(WebhookDelivery::id)
                        .orElseGet(UUID::randomUUID));
        recordShare(subscription, event);
        WebhookAttempt attempt = sender.send(subscription, id, event);
        meters.posted(attempt);
        QuarkusTransaction.requiringNew().run(() -> {
            if (attempt.delivered()) {
                deliveries.attempted(subscription.id(), id, event, attempt, WebhookDeliveryStatus.DELIVERED);
                subscriptions.advance(subscription.id(), event.positionNumber());
                return;
            }
            Instant since = subscription.retryingSince() == null ? attempt.at() : subscription.retryingSince();
            boolean failing = !attempt.at().isBefore(since.plus(config.retryFor()));
            deliveries.attempted(
                    subscription.id(),
                    id,
                    event,
                    attempt,
                    failing ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.RETRYING);
            subscriptions.retryLater(subscription.id(), attempt.at().plus(wait(subscription.attempts())), failing);
        });
        if (!attempt.delivered()) {
            LOG.infof(
                    "Webhook subscription %s: event %s not delivered (%s)",
                    subscription.id(),
                    event.position(),
                    attempt.responseCode() == null ? attempt.error() : "HTTP " + attempt.responseCode());
        }
        return attempt.delivered();
    }

    /** The wait after the {@code failed}+1th failure: the first retry's, doubled each time, up to the longest. */
    Duration wait(int failed) {
        Duration wait = config.firstRetry();
        for (int i = 0; i < failed && wait.compareTo(config.maxRetryInterval()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxRetryInterval()) > 0 ? config.maxRetryInterval() : wait;
    }

    /** Each post is a share of the client's data: recorded before it is made, as every other share is. */
    void recordShare(Subscription subscription, WebhookEvent event) {
        shares.recordFor(
                ShareKind.WEBHOOK_DELIVERY,
                subscription.clientId(),
                subscription.createdBy(),
                subscription.purpose(),
                subscription.url(),
                "subscription=" + subscription.id() + "&type=" + event.type() + "&position=" + event.position(),
                1);
    }
}
