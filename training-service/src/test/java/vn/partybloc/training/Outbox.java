package vn.partybloc.training;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.partybloc.testing.PostgresResource;

/** Reads training-service's outbox directly: which events an aggregate has, in commit order. */
final class Outbox {

    private Outbox() {}

    static String types(String aggregateId) {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s =
                        c.prepareStatement("select event_type from outbox where aggregate_id = ? order by seq")) {
            s.setString(1, aggregateId);
            List<String> types = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return String.join(",", types);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
