package vn.partybloc.platform.events;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a changes-feed page leaves out: the types its reader may not see ({@code hidden}), the types they did not ask
 * for (when {@code types} names any), and the events of other subtrees (when {@code organizationId} names one).
 */
public record ChangesFilter(Set<String> hidden, List<String> types, UUID organizationId) {

    public ChangesFilter {
        hidden = Set.copyOf(hidden);
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** Every event the reader may see. */
    public static ChangesFilter hiding(Set<String> hidden) {
        return new ChangesFilter(hidden, List.of(), null);
    }

    boolean keepsEverything() {
        return hidden.isEmpty() && types.isEmpty() && organizationId == null;
    }

    /** The SQL conditions, each after an {@code and}, with the parameters {@link #bind} sets. */
    String sql() {
        return (hidden.isEmpty() ? "" : " and event_type not in (:hidden)")
                + (types.isEmpty() ? "" : " and event_type in (:types)")
                + (organizationId == null ? "" : " and organizations @> array[cast(:organization as uuid)]");
    }

    void bind(Query query) {
        if (!hidden.isEmpty()) {
            query.setParameter("hidden", hidden);
        }
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        if (organizationId != null) {
            query.setParameter("organization", organizationId);
        }
    }
}
