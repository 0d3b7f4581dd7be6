package vn.partybloc.platform.testapp;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

/** Writes notes through the test application's API and reads what the database holds. */
public final class Notes {

    public static String admin() {
        return Tokens.as("admin");
    }

    private Notes() {}

    /** A title no other test has used: the database is shared by every test class. */
    public static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    public static String body(String title) {
        return "{\"title\": \"" + title + "\"}";
    }

    /** Writes a note (and so one outbox event keyed by its id); returns its id. */
    public static UUID write(String title) {
        return UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body(title))
                .post("/test/notes")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static long count(String sql, Object parameter) {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
