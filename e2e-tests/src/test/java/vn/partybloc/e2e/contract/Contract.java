package vn.partybloc.e2e.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.opentest4j.AssertionFailedError;

/**
 * The merged OpenAPI document the build wrote for the gateway (the one the Java client is generated from), and the
 * checks every call of the suite goes through: responses always, requests unless they are bad on purpose.
 */
public final class Contract {

    private final OpenApiInteractionValidator validator;
    private final Operations operations;
    private final LocationRecorder locations = new LocationRecorder();
    private final Map<Channel, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<String> mismatches = new CopyOnWriteArrayList<>();
    private final boolean failAtTheCall;
    private final List<KnownMismatch> known;
    private final Map<KnownMismatch, AtomicInteger> tolerated = new ConcurrentHashMap<>();

    public Contract(String document) {
        this(document, true, List.of());
    }

    /**
     * @param failAtTheCall whether a mismatch fails the call at once (the default), or is only collected to be listed
     *     with all the others at the end ({@link #mismatches()}), to see them all in one run
     */
    public Contract(String document, boolean failAtTheCall, List<KnownMismatch> known) {
        this.failAtTheCall = failAtTheCall;
        this.known = List.copyOf(known);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
        this.operations = Operations.of(document);
    }

    /** The document of this build: {@code gateway/target/openapi/merged-openapi.json}. */
    public static Contract ofThisBuild(Path project, boolean failAtTheCall, List<KnownMismatch> known) {
        Path document = project.resolve("gateway/target/openapi/merged-openapi.json");
        try {
            return new Contract(Files.readString(document), failAtTheCall, known);
        } catch (IOException e) {
            throw new UncheckedIOException("no merged document at " + document + ": build the gateway first", e);
        }
    }

    public Operations operations() {
        return operations;
    }

    public LocationRecorder locations() {
        return locations;
    }

    /** Fails the calling test when the request or the response does not match the document. */
    public void check(Request request, Response response, Requests requests, Channel channel) {
        calls.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
        ValidationReport report = requests == Requests.VALID
                ? validator.validate(request, response)
                : validator.validateResponse(request.getPath(), request.getMethod(), response);
        if (unknownErrors(report)) {
            String mismatch = request.getMethod() + " " + request.getPath() + " → " + response.getStatus()
                    + " does not match the merged document:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report);
            mismatches.add(mismatch);
            if (failAtTheCall) {
                throw new AssertionFailedError(mismatch);
            }
        }
        operations
                .find(request.getMethod().name(), request.getPath())
                .ifPresent(operation -> response.getHeaderValue("Location")
                        .ifPresent(location -> locations.record(operation, location)));
    }

    /** Whether the report has an error that no {@link KnownMismatch} covers; counts the covered ones. */
    private boolean unknownErrors(ValidationReport report) {
        boolean unknown = false;
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            var covering = known.stream().filter(k -> k.covers(message)).findFirst();
            covering.ifPresent(
                    k -> tolerated.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet());
            unknown |= covering.isEmpty();
        }
        return unknown;
    }

    /** How often each known mismatch was tolerated. */
    public Map<String, Integer> tolerated() {
        Map<String, Integer> counted = new java.util.TreeMap<>();
        tolerated.forEach((k, count) -> counted.put(k.why(), count.get()));
        return counted;
    }

    /** Known mismatches no call showed: fixed, so to be removed from the list. */
    public List<String> staleKnownMismatches() {
        return known.stream()
                .filter(k -> !tolerated.containsKey(k))
                .map(KnownMismatch::why)
                .toList();
    }

    /** Every mismatch found so far. */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** How many calls were checked, by the way they were made. */
    public Map<Channel, Integer> calls() {
        Map<Channel, Integer> counted = new java.util.EnumMap<>(Channel.class);
        calls.forEach((channel, count) -> counted.put(channel, count.get()));
        return counted;
    }

    /** How a call was made. */
    public enum Channel {
        GENERATED_CLIENT,
        REST_ASSURED
    }

    /** Whether a call's request is checked too, or only its response. */
    public enum Requests {
        VALID,
        /** Bad on purpose (a missing field, no token…): only the response is checked. */
        BAD_ON_PURPOSE
    }
}
