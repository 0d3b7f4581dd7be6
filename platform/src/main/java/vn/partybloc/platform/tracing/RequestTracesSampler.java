package vn.partybloc.platform.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Samples as configured (the parent's decision, or the share {@code quarkus.otel.traces.sampler.arg} of new traces),
 * but never starts a trace for a database call made outside one: the relay's polls, the pipeline gauges' queries and
 * the scheduled sweeps would otherwise each be a trace of one span, several a second. A database call inside a
 * request or an event's application is a span of that trace. Quarkus uses this bean in place of
 * {@code quarkus.otel.traces.sampler}.
 */
@Singleton
public class RequestTracesSampler implements Sampler {

    private final Sampler configured;

    RequestTracesSampler(@ConfigProperty(name = "quarkus.otel.traces.sampler.arg") double share) {
        this.configured = Sampler.parentBased(Sampler.traceIdRatioBased(share));
    }

    @Override
    public SamplingResult shouldSample(
            Context parentContext,
            String traceId,
            String name,
            SpanKind spanKind,
            Attributes attributes,
            List<LinkData> parentLinks) {
        boolean outsideAnyTrace =
                !Span.fromContext(parentContext).getSpanContext().isValid();
        if (spanKind == SpanKind.CLIENT && outsideAnyTrace) {
            return SamplingResult.drop();
        }
        return configured.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "RequestTraces{" + configured.getDescription() + "}";
    }
}
