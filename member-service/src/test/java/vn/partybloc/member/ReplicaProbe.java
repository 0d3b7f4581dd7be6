package vn.partybloc.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import vn.partybloc.testing.PostgresResource;

/** Reads member-service's replica table directly, to see what the events did. */
final class ReplicaProbe {

    private ReplicaProbe() {}

    static String status(UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select status, version from organizations where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) + "@" + rs.getLong(2) : "absent";
            }
        }
    }

    static String path(UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select path from organizations where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
