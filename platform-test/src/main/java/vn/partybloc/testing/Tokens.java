package vn.partybloc.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Real signed JWTs for tests, verified by the service against the test OIDC server's keys (OidcWiremockTestResource):
 * issuer {@link #ISSUER}, audience {@link #AUDIENCE}, roles in {@code groups}.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "partybloc-api";

    private Tokens() {}

    public static String as(String role) {
        return builder(role, Set.of(role)).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String withRoles(String user, Set<String> roles) {
        return builder(user, roles).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A client's service account, as Keycloak issues it for the client-credentials grant (claim {@code azp}). */
    public static String ofClient(String clientId, Set<String> roles) {
        return builder("service-account-" + clientId, roles)
                .claim("azp", clientId)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    public static String secretaryOf(UUID organizationId) {
        return builder("secretary-" + organizationId, Set.of("secretary"))
                .claim("org_id", organizationId.toString())
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A secretary of an organization who also holds {@code clearance}, a role that widens what they read. */
    public static String secretaryOf(UUID organizationId, String clearance) {
        return builder("secretary-" + organizationId, Set.of("secretary", clearance))
                .claim("org_id", organizationId.toString())
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** An inspector serving on the inspection committee of an organization (claim org_id). */
    public static String inspectorOf(UUID organizationId) {
        return builder("inspector-" + organizationId, Set.of("inspector"))
                .claim("org_id", organizationId.toString())
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A secretary of an organization who is the party member {@code memberId} (claims org_id and member_id). */
    public static String secretary(UUID organizationId, UUID memberId) {
        return builder("secretary-" + memberId, Set.of("secretary"))
                .claim("org_id", organizationId.toString())
                .claim("member_id", memberId.toString())
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    public static String expired(String role) {
        return builder(role, Set.of(role))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A valid token that expires {@code seconds} from now. */
    public static String expiringIn(String role, long seconds) {
        return builder(role, Set.of(role))
                .expiresAt(Instant.now().plusSeconds(seconds))
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    public static String wrongIssuer(String role) {
        return builder(role, Set.of(role))
                .issuer("https://impostor.example.com")
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    public static String wrongAudience(String role) {
        return builder(role, Set.of(role))
                .audience("some-other-api")
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** Same claims and key id, signed with a key the server never published. */
    public static String badSignature(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return builder(role, Set.of(role)).jws().keyId("1").sign(pair.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder builder(String user, Set<String> roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(user.getBytes()).toString())
                .preferredUserName(user)
                .groups(roles)
                .issuedAt(Instant.now())
                .expiresIn(600);
    }
}
