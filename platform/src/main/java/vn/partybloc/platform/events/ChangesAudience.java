package vn.partybloc.platform.events;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The event types this request's caller may not see in the changes feed: those the service's {@link
 * RestrictedEventTypes} keep for roles the caller has none of.
 */
@RequestScoped
public class ChangesAudience {

    private final SecurityIdentity identity;
    private final Instance<RestrictedEventTypes> restricted;

    public ChangesAudience(SecurityIdentity identity, Instance<RestrictedEventTypes> restricted) {
        this.identity = identity;
        this.restricted = restricted;
    }

    public Set<String> hiddenEventTypes() {
        return hiddenFrom(restricted, identity::hasRole);
    }

    /** The event types {@code restricted} keep for roles that {@code hasRole} holds none of. */
    public static Set<String> hiddenFrom(Iterable<RestrictedEventTypes> restricted, Predicate<String> hasRole) {
        return StreamSupport.stream(restricted.spliterator(), false)
                .flatMap(r -> r.rolesByEventType().entrySet().stream())
                .filter(e -> e.getValue().stream().noneMatch(hasRole))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
