package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.partybloc.kernel.Languages;

/**
 * {@code Idempotency-Key} on POST: the first response is stored per caller and key; the same key with the same request
 * answers that response again (header {@code Idempotent-Replayed: true}); with a different request, 422; while the
 * first is still running, 409. A 5xx is not stored, nor an answer with {@code Retry-After} (a 409 for a transaction that
 * lost to a concurrent one), so the client may retry it. A POST that changes nothing ({@link ReadOnlyPosts}) ignores the
 * key: there is no effect to repeat, and its answer is not kept.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final int MAX_KEY_LENGTH = 200;
    private static final List<String> STORED_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY);

    private final EntityManager em;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public IdempotencyFilters(EntityManager em, ObjectMapper json, SecurityIdentity identity) {
        this.em = em;
        this.json = json;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request, UriInfo uri, ResourceInfo resource) {
        String key = request.getHeaderString(HEADER);
        if (key == null
                || !"POST".equals(request.getMethod())
                || identity.isAnonymous()
                || ReadOnlyPosts.marks(resource.getResourceMethod())) {
            return Optional.empty();
        }
        Locale language = Languages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Optional.of(ProblemResponses.of(
                    ProblemException.invalid(HEADER, "idempotency.key-length", MAX_KEY_LENGTH), language, uri));
        }
        String caller = identity.getPrincipal().getName();
        String hash = hash(request, uri);
        Stored existing = QuarkusTransaction.requiringNew().call(() -> insertOrLoad(caller, key, hash));
        if (existing == null) {
            request.setProperty(CLAIM, new Claim(caller, key));
            return Optional.empty();
        }
        if (!existing.hash().equals(hash)) {
            return Optional.of(
                    ProblemResponses.of(ProblemType.IDEMPOTENCY_KEY_REUSED, language, uri, "idempotency.key-reused"));
        }
        if (existing.status() == null) {
            return Optional.of(ProblemResponses.of(ProblemType.CONFLICT, language, uri, "idempotency.in-progress"));
        }
        Response.ResponseBuilder replay = Response.status(existing.status()).header(REPLAYED, "true");
        existing.headers().forEach(replay::header);
        if (existing.body() != null) {
            replay.entity(existing.body());
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500 || response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)) {
            // Nothing was done, and the client is told to send the same request again: the key stays free for it.
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "delete from idempotency_keys where caller = ?1 and idempotency_key = ?2 and status is null")
                            .setParameter(1, claim.caller())
                            .setParameter(2, claim.key())
                            .executeUpdate());
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : STORED_HEADERS) {
            Object value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        }
        if (response.getMediaType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString());
        }
        try {
            String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
            String headerJson = json.writeValueAsString(headers);
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("""
                    update idempotency_keys set status = ?3, response_body = ?4, response_headers = cast(?5 as jsonb),
                    completed_at = now() where caller = ?1 and idempotency_key = ?2""")
                            .setParameter(1, claim.caller())
                            .setParameter(2, claim.key())
                            .setParameter(3, response.getStatus())
                            .setParameter(4, body)
                            .setParameter(5, headerJson)
                            .executeUpdate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stored insertOrLoad(String caller, String key, String hash) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_keys (caller, idempotency_key, request_hash) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, hash)
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                select request_hash, status, response_body, response_headers::text from idempotency_keys
                where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getSingleResult();
        Map<String, String> headers = Map.of();
        if (row[3] != null) {
            try {
                headers = json.readValue((String) row[3], new TypeReference<Map<String, String>>() {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Stored(
                (String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2], headers);
    }

    private static String hash(ContainerRequestContext request, UriInfo uri) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uri.getRequestUri().getRawPath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Claim(String caller, String key) {}

    private record Stored(String hash, Integer status, String body, Map<String, String> headers) {}
}
