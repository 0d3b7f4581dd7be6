package vn.partybloc.platform.shares;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import vn.partybloc.platform.security.Caller;

/**
 * Records each share of the service's data (a feed page, an export's content, a look-up, a webhook delivery) in the append-only {@code
 * share_log} table, in a transaction of its own that commits before the data is answered: a share the log cannot record
 * does not happen.
 */
@ApplicationScoped
public class ShareLog {

    /** The request header in which a caller states why it reads the data; the log keeps it with the share. */
    public static final String PURPOSE_HEADER = "Purpose-Of-Use";

    public static final int PURPOSE_MAX_LENGTH = 600;

    /** What a header value and a client id may hold: printable ASCII (a purpose with diacritics is percent-encoded). */
    public static final String PRINTABLE_ASCII = "[ -~]*";

    public static final String PURPOSE_DESCRIPTION =
            "Why the data is read, kept with this share in the share log: up to "
                    + "600 characters as sent, UTF-8 percent-encoded as in a URL when it is not ASCII (`%C4%90%E1%BB%93ng%20b%E1%BB%99` "
                    + "for `Đồng bộ`).";

    private final EntityManager em;
    private final Caller caller;

    public ShareLog(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** One share by the current caller: what was read ({@code resource}, {@code filter}) and how many records. */
    public void record(ShareKind kind, String resource, String filter, long records, String purpose) {
        recordFor(kind, caller.clientId(), caller.name(), purpose, resource, filter, records);
    }

    /** One share on behalf of {@code clientId}'s {@code callerName}, outside any request (a webhook delivery). */
    public void recordFor(
            ShareKind kind,
            String clientId,
            String callerName,
            String purpose,
            String resource,
            String filter,
            long records) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into share_log (kind, client_id, caller, purpose, resource, filter, records)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                        .setParameter(1, kind.name())
                        .setParameter(2, clientId)
                        .setParameter(3, callerName)
                        .setParameter(4, decoded(purpose))
                        .setParameter(5, resource)
                        .setParameter(6, filter)
                        .setParameter(7, records)
                        .executeUpdate());
    }

    /** A header carries ASCII only: a purpose in Vietnamese arrives percent-encoded, and one that is not stays as sent. */
    static String decoded(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(purpose.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return purpose.strip();
        }
    }
}
