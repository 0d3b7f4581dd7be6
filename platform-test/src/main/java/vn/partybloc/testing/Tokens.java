package vn.partybloc.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
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
        return signed(builder(role, Set.of(role)));
    }

    public static String withRoles(String user, Set<String> roles) {
        return signed(builder(user, roles));
    }

    /** A client's service account, as Keycloak issues it for the client-credentials grant (claim {@code azp}). */
    public static String ofClient(String clientId, Set<String> roles) {
        return signed(builder("service-account-" + clientId, roles).claim("azp", clientId));
    }

    public static String secretaryOf(UUID organizationId) {
        return signed(
                builder("secretary-" + organizationId, Set.of("secretary")).claim("org_id", organizationId.toString()));
    }

    /** A secretary of an organization who also holds {@code clearance}, a role that widens what they read. */
    public static String secretaryOf(UUID organizationId, String clearance) {
        return signed(builder("secretary-" + organizationId, Set.of("secretary", clearance))
                .claim("org_id", organizationId.toString()));
    }

    /** An inspector serving on the inspection committee of an organization (claim org_id). */
    public static String inspectorOf(UUID organizationId) {
        return signed(
                builder("inspector-" + organizationId, Set.of("inspector")).claim("org_id", organizationId.toString()));
    }

    /** A secretary of an organization who is the party member {@code memberId} (claims org_id and member_id). */
    public static String secretary(UUID organizationId, UUID memberId) {
        return signed(builder("secretary-" + memberId, Set.of("secretary"))
                .claim("org_id", organizationId.toString())
                .claim("member_id", memberId.toString()));
    }

    public static String expired(String role) {
        return signed(builder(role, Set.of(role))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
    }

    /** A valid token that expires {@code seconds} from now. */
    public static String expiringIn(String role, long seconds) {
        return signed(builder(role, Set.of(role)).expiresAt(Instant.now().plusSeconds(seconds)));
    }

    public static String wrongIssuer(String role) {
        return signed(builder(role, Set.of(role)).issuer("https://impostor.example.com"));
    }

    public static String wrongAudience(String role) {
        return signed(builder(role, Set.of(role)).audience("some-other-api"));
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

    private static String signed(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign(SigningKey.KEY);
    }

    /** Read once: reading and parsing the JWK again for every token took a tenth of a test client's time (JFR). */
    private static final class SigningKey {
        static final PrivateKey KEY = read();

        private static PrivateKey read() {
            try {
                return (PrivateKey) KeyUtils.readSigningKey("privateKey.jwk", "1");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
