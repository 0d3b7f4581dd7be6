package vn.partybloc.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a receiver of the register's webhooks checks before it trusts a delivery, per the Standard Webhooks
 * specification: the {@code webhook-signature} header holds, for one of its {@code v1,} entries, the HMAC-SHA256 of
 * {@code <webhook-id>.<webhook-timestamp>.<body>} under the subscription's {@code whsec_} secret, and the timestamp is
 * recent (an old delivery replayed by someone else is refused). Verify the body exactly as received, before parsing it.
 */
public final class WebhookSignatures {

    /** How far a delivery's timestamp may be from the receiver's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String SECRET_PREFIX = "whsec_";

    private WebhookSignatures() {}

    /** Whether the delivery's headers and body were signed with {@code secret} within {@link #TOLERANCE} of {@code now}. */
    public static boolean verify(
            String secret, String id, String timestamp, String signatures, String body, Instant now) {
        if (secret == null || id == null || timestamp == null || signatures == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = sign(secret, id + "." + timestamp + "." + body);
        for (String signature : signatures.trim().split(" +")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, decode(signature.substring("v1,".length())))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] sign(String secret, String content) {
        String key = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
