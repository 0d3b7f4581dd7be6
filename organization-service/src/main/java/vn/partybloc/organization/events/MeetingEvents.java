package vn.partybloc.organization.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.partybloc.contracts.Topics;
import vn.partybloc.organization.domain.MeetingMonthView;
import vn.partybloc.platform.events.Outbox;

/**
 * Cell meetings' events, on a topic of their own keyed by organization id: the organization topic's consumers read
 * every event there as an organization's state (ADR 0013).
 */
@ApplicationScoped
public class MeetingEvents {

    public static final String TOPIC = Topics.MEETINGS;
    public static final String AGGREGATE = "MeetingMonth";
    public static final String RECORDED = "CellMeetingsRecorded";

    private final Outbox outbox;

    public MeetingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Each month's event, recorded together: one flush and one JDBC batch however many months a request sends. */
    public void recorded(List<MeetingMonthView> months) {
        outbox.publishAll(months.stream()
                .map(m -> new Outbox.Event(
                        TOPIC,
                        AGGREGATE,
                        m.month().organizationId,
                        RECORDED,
                        MeetingEventData.of(m.month(), m.meetings()),
                        Outbox.about(m.month().organizationId)))
                .toList());
    }
}
