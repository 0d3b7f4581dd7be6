package vn.partybloc.platform.inbox;

import java.util.List;

/**
 * An {@link EventHandler} that applies a poll's events together, so that many events cost one statement instead of
 * one each. The {@link InboxRunner} calls {@link #handleAll} for a poll and falls back to {@link #handle}, one event at
 * a time, only when the batch fails.
 */
public interface BatchEventHandler extends EventHandler {

    /**
     * Applies the events in order, in the caller's transaction, with the same effect as {@link #handle} on each in
     * turn. The inbox has noted them already, and none is there twice.
     */
    void handleAll(List<IncomingEvent> events);
}
