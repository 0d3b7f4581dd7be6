package vn.partybloc.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partybloc.gateway.config.GatewayConfig;
import vn.partybloc.gateway.reports.UpstreamCalls;
import vn.partybloc.kernel.BlocZone;
import vn.partybloc.kernel.Terms;

/**
 * Whether a party member holds today a position of secretary or deputy secretary on a committee of an organization,
 * as member-service's register says: the organization's committees, then each one's positions, read with the
 * caller's own token. An answer is kept for {@code gateway.register.cache-for} per person and organization; a failure
 * to read the register is not kept.
 */
@ApplicationScoped
public class SecretaryRegister {

    static final Set<String> SECRETARY_POSITIONS = Set.of("SECRETARY", "DEPUTY_SECRETARY");

    private final GatewayConfig config;
    private final UpstreamCalls calls;
    private final ObjectMapper json;
    private final Clock clock;
    private final AsyncCache<Key, Boolean> answers;

    record Key(UUID member, UUID organization) {}

    /** The register could not be read (member-service down, slow or answering an error). */
    public static class UnavailableException extends RuntimeException {
        UnavailableException(String message) {
            super(message);
        }
    }

    public SecretaryRegister(
            GatewayConfig config,
            UpstreamCalls calls,
            ObjectMapper json,
            // "Today" where the Bloc is, as the services' clock has it.
            @ConfigProperty(name = "partybloc.time-zone", defaultValue = BlocZone.ID) String zone) {
        this.config = config;
        this.calls = calls;
        this.json = json;
        this.clock = Clock.system(ZoneId.of(zone));
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(config.register().cacheFor())
                .maximumSize(100_000)
                .buildAsync();
    }

    public CompletableFuture<Boolean> holds(UUID member, UUID organization, String authorization, String requestId) {
        return answers.get(new Key(member, organization), (key, executor) -> lookUp(key, authorization, requestId));
    }

    private CompletableFuture<Boolean> lookUp(Key key, String authorization, String requestId) {
        GatewayConfig.Upstream members = config.upstreams().get("member");
        if (members == null || !members.deployed()) {
            return CompletableFuture.failedFuture(new UnavailableException("member-service is not deployed"));
        }
        return read(members, "/api/v1/committees?organizationId=" + key.organization(), authorization, requestId)
                .thenCompose(committees -> {
                    List<CompletableFuture<Boolean>> each = new ArrayList<>();
                    for (JsonNode committee : committees) {
                        each.add(read(
                                        members,
                                        "/api/v1/committees/"
                                                + committee.path("id").asText() + "/positions",
                                        authorization,
                                        requestId)
                                .thenApply(positions -> holdsOne(positions, key.member())));
                    }
                    return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                            .thenApply(done -> each.stream().anyMatch(CompletableFuture::join));
                });
    }

    private boolean holdsOne(JsonNode positions, UUID member) {
        LocalDate today = LocalDate.now(clock);
        for (JsonNode p : positions) {
            if (p.path("memberId").asText().equals(member.toString())
                    && SECRETARY_POSITIONS.contains(p.path("position").asText())
                    && Terms.includes(
                            p.path("startsOn").asText(), p.path("endsOn").asText(null), today)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A JSON list the caller may read; empty where member-service answers that they may not (403, 404: the
     * organization is not theirs to see, so they hold nothing there).
     */
    private CompletableFuture<JsonNode> read(
            GatewayConfig.Upstream upstream, String path, String authorization, String requestId) {
        return calls.http()
                .sendAsync(
                        calls.get(
                                upstream,
                                path,
                                authorization,
                                requestId,
                                config.register().timeout()),
                        HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new UnavailableException("member-service: " + failure);
                    }
                    if (response.statusCode() == 403 || response.statusCode() == 404) {
                        return json.createArrayNode();
                    }
                    if (response.statusCode() != 200) {
                        throw new UnavailableException("member-service answered " + response.statusCode());
                    }
                    try {
                        return json.readTree(response.body());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
