package vn.partybloc.platform.events;

import java.util.Map;
import java.util.Set;

/**
 * Event types of a service's changes feed that only some roles may see: those allowed to read the resource the event is
 * about (docs/security.md, "What travels where"). A service without such a bean shows every event to every caller of
 * its feed.
 */
public interface RestrictedEventTypes {

    /** Each restricted event type with the roles that may see it; any one of them is enough. */
    Map<String, Set<String>> rolesByEventType();
}
