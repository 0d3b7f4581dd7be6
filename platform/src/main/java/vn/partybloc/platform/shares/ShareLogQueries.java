package vn.partybloc.platform.shares;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.partybloc.kernel.BlocZone;
import vn.partybloc.platform.persistence.SqlValues;

/** Reads the share log: its lines after a position, and the report of a period. Days are the Bloc's. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShareLogQueries {

    private final EntityManager em;

    public ShareLogQueries(EntityManager em) {
        this.em = em;
    }

    /** Lines after {@code after}, oldest first, within the days and of the client if named. */
    public ShareLogPage page(long after, int limit, LocalDate from, LocalDate to, String clientId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("seq > :after");
        parameters.put("after", after);
        within(from, to, where, parameters);
        if (clientId != null) {
            where.append(" and client_id = :client");
            parameters.put("client", clientId);
        }
        Query query = em.createNativeQuery("""
                select seq, at, kind, client_id, caller, purpose, resource, filter, records
                from share_log where %s order by seq limit :limit""".formatted(where));
        parameters.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ShareLogEntry> items = new ArrayList<>();
        long last = after;
        for (Object[] row : rows.subList(0, Math.min(rows.size(), limit))) {
            last = ((Number) row[0]).longValue();
            items.add(new ShareLogEntry(
                    Long.toString(last),
                    SqlValues.instant(row[1]),
                    ShareKind.valueOf((String) row[2]),
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    (String) row[7],
                    ((Number) row[8]).longValue()));
        }
        return new ShareLogPage(items, Long.toString(last), rows.size() > limit);
    }

    /** Per client and kind, the shares of the days {@code from} to {@code to} and the records they answered. */
    public ShareReport report(LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("true");
        within(from, to, where, parameters);
        Query query = em.createNativeQuery("""
                select client_id, kind, count(*), sum(records), min(at), max(at)
                from share_log where %s group by client_id, kind order by client_id, kind""".formatted(where));
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new ShareReport(
                from,
                to,
                rows.stream()
                        .map(row -> new ShareReport.Line(
                                (String) row[0],
                                ShareKind.valueOf((String) row[1]),
                                ((Number) row[2]).longValue(),
                                ((Number) row[3]).longValue(),
                                SqlValues.instant(row[4]),
                                SqlValues.instant(row[5])))
                        .toList());
    }

    private static void within(LocalDate from, LocalDate to, StringBuilder where, Map<String, Object> parameters) {
        if (from != null) {
            where.append(" and at >= :from");
            parameters.put("from", from.atStartOfDay(BlocZone.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" and at < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay(BlocZone.ZONE).toOffsetDateTime());
        }
    }
}
