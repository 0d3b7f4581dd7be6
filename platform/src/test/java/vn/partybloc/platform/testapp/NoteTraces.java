package vn.partybloc.platform.testapp;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;

/** A consumer of the notes written, whose effect is to note, per note, the trace it ran in. */
@ApplicationScoped
public class NoteTraces implements EventHandler {

    /** The trace id each note's event was applied in, by note id. */
    public static final Map<String, String> APPLIED_IN = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "note-traces";
    }

    @Override
    public Set<String> topics() {
        return Set.of(NoteResource.TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        APPLIED_IN.put(event.subject(), Span.current().getSpanContext().getTraceId());
    }
}
