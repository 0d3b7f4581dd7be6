package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.organization.events.MeetingEvents;
import vn.partybloc.organization.repository.MeetingMonthRepository;
import vn.partybloc.organization.repository.MeetingRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;
import vn.partybloc.platform.web.ProblemType;

/** An organization's meetings, recorded a month at a time (ADR 0013). */
@ApplicationScoped
@Transactional
public class MeetingService {

    private final MeetingMonthRepository months;
    private final MeetingRepository meetings;
    private final OrganizationQueries queries;
    private final MeetingEvents events;
    private final Caller caller;
    private final Clock clock;

    public MeetingService(
            MeetingMonthRepository months,
            MeetingRepository meetings,
            OrganizationQueries queries,
            MeetingEvents events,
            Caller caller,
            Clock clock) {
        this.months = months;
        this.meetings = meetings;
        this.queries = queries;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingMonthView month(UUID organizationId, YearMonth month) {
        queries.get(organizationId, null);
        MeetingMonth recorded = months.find(organizationId, month.atDay(1))
                .orElseThrow(() -> ProblemException.notFound(
                        "meeting-month", new ProblemMessage("meeting.month-of", month, organizationId)));
        return new MeetingMonthView(recorded, meetings.ofMonth(recorded.id), false, false);
    }

    /**
     * The organization's meetings held in the months from {@code from} to {@code to}, in date order; {@code to}
     * defaults to this month, {@code from} to January of {@code to}'s year.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Meeting> list(UUID organizationId, YearMonth first, YearMonth last) {
        MeetingPeriod period = MeetingPeriod.of(first, last, clock);
        queries.get(organizationId, null);
        return meetings.heldBetween(
                organizationId, period.first().atDay(1), period.last().atEndOfMonth());
    }

    /**
     * Replaces what was recorded for the month with {@code inputs} (an empty list records a month without meetings).
     * Recording what is already there changes nothing: no new version, no event.
     */
    public MeetingMonthView record(UUID organizationId, YearMonth month, String ifMatch, List<MeetingInput> inputs) {
        Organization org = queries.visibleForUpdate(organizationId);
        return record(org, List.of(new Recording(new MonthInput(month, null, inputs), ifMatch, "")))
                .get(0);
    }

    /**
     * Several months of one organization at once, each as {@link #record(UUID, YearMonth, String, List)} would record
     * it, all or none: for back-filling the past. A month's {@code version}, when given, must be the recorded one.
     */
    public List<MeetingMonthView> record(UUID organizationId, List<MonthInput> inputs) {
        Organization org = queries.visibleForUpdate(organizationId);
        Set<YearMonth> seen = new HashSet<>();
        List<Recording> recordings = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MonthInput in = inputs.get(i);
            String at = "months[" + i + "].";
            if (!seen.add(in.month())) {
                throw ProblemException.invalid(at + "month", "meeting.month-twice", in.month());
            }
            recordings.add(new Recording(in, in.version() == null ? null : "\"" + in.version() + "\"", at));
        }
        return record(org, recordings);
    }

    /** A month of meetings as sent in a request of several months, with the version it replaces, if any. */
    public record MonthInput(YearMonth month, Long version, List<MeetingInput> meetings) {}

    /** A month to record, the {@code If-Match} it comes with, and where its fields sit in the request. */
    private record Recording(MonthInput input, String ifMatch, String at) {}

    /**
     * Checks every month before writing any, reads what the checks need in one query each, then writes the months
     * that changed; the events' publication flushes them once, so that the rows go in JDBC batches.
     */
    private List<MeetingMonthView> record(Organization org, List<Recording> recordings) {
        LocalDate today = LocalDate.now(clock);
        Set<UUID> named = new LinkedHashSet<>();
        for (Recording r : recordings) {
            YearMonth month = r.input().month();
            if (month.atDay(1).isAfter(today)) {
                throw ProblemException.invalid(r.at() + "month", "meeting.month-in-future", month);
            }
            named.addAll(validate(org, month, today, r.input().meetings(), r.at()));
        }
        requireKnown(named);
        // Read before anything is written: a native query flushes what is pending, which would break the batches.
        Map<MeetingInput, Set<UUID>> followers = new IdentityHashMap<>();
        List<MeetingInput> withSuperiors = recordings.stream()
                .flatMap(r -> r.input().meetings().stream())
                .filter(in -> !in.superiorAttendeeIds().isEmpty())
                .toList();
        List<FollowerSeat> followerSeats = withSuperiors.isEmpty() ? List.of() : meetings.followerSeats(org.id);
        for (MeetingInput in : withSuperiors) {
            followers.put(in, FollowerSeat.followersOn(followerSeats, in.heldOn(), in.superiorAttendeeIds()));
        }
        Map<LocalDate, MeetingMonth> existing = new HashMap<>();
        months.of(
                        org.id,
                        recordings.stream().map(r -> r.input().month().atDay(1)).toList())
                .forEach(m -> existing.put(m.month, m));
        List<MeetingMonthView> views = new ArrayList<>();
        List<MeetingMonthView> changed = new ArrayList<>();
        for (Recording r : recordings) {
            MeetingMonthView view =
                    record(org, r, existing.get(r.input().month().atDay(1)), followers);
            views.add(view);
            if (view.changed()) {
                changed.add(view);
            }
        }
        if (!changed.isEmpty()) {
            events.recorded(changed);
        }
        return views;
    }

    private MeetingMonthView record(
            Organization org, Recording r, MeetingMonth recorded, Map<MeetingInput, Set<UUID>> followers) {
        YearMonth month = r.input().month();
        List<MeetingInput> inputs = r.input().meetings();
        String hash = hash(inputs);
        boolean created = recorded == null;
        if (created) {
            if (r.ifMatch() != null && !r.ifMatch().isBlank()) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "meeting.month-if-match", month);
            }
            recorded = new MeetingMonth();
            recorded.id = UUID.randomUUID();
            recorded.organizationId = org.id;
            recorded.month = month.atDay(1);
            recorded.created(caller.name(), Instant.now());
        } else {
            ETags.checkIfMatch(r.ifMatch(), recorded.version);
            if (recorded.contentHash.equals(hash)) {
                return new MeetingMonthView(recorded, meetings.ofMonthLoaded(recorded.id), false, false);
            }
            recorded.touch(caller.name(), Instant.now());
            meetings.deleteOfMonth(recorded.id);
        }
        recorded.contentHash = hash;
        if (created) {
            months.persist(recorded);
        }
        return new MeetingMonthView(recorded, save(org, recorded, inputs, followers), created, true);
    }

    private List<Meeting> save(
            Organization org, MeetingMonth month, List<MeetingInput> inputs, Map<MeetingInput, Set<UUID>> followers) {
        List<Meeting> saved = new ArrayList<>();
        int position = 0;
        for (MeetingInput in : inputs) {
            Meeting m = new Meeting();
            m.id = UUID.randomUUID();
            m.monthId = month.id;
            m.organizationId = org.id;
            m.position = position++;
            m.heldOn = in.heldOn();
            m.kind = in.kind();
            m.format = in.format();
            m.topic = in.topic();
            m.chairMemberId = in.chairMemberId();
            m.meetingSecretaryMemberId = in.meetingSecretaryMemberId();
            m.minutesReference = in.minutesReference();
            m.quality = in.quality();
            in.agenda().forEach(a -> m.agenda.add(new AgendaItem(a.category(), a.title())));
            m.resolutions.addAll(in.resolutions());
            in.guests().forEach(g -> m.guests.add(new Guest(g.name(), g.role())));
            in.attendance().forEach(a -> m.attendance.add(new Attendance(a.memberId(), a.status(), a.reason())));
            Set<UUID> following = followers.getOrDefault(in, Set.of());
            in.superiorAttendeeIds()
                    .forEach(id -> m.superiorAttendance.add(new SuperiorAttendance(id, following.contains(id))));
            m.counted();
            meetings.persist(m);
            saved.add(m);
        }
        return saved;
    }

    /** The month's structure against the rules; answers the member ids it names, for one check of them all. */
    private Set<UUID> validate(
            Organization org, YearMonth month, LocalDate today, List<MeetingInput> inputs, String prefix) {
        Set<UUID> named = new LinkedHashSet<>();
        int regular = 0;
        for (int i = 0; i < inputs.size(); i++) {
            MeetingInput in = inputs.get(i);
            String at = prefix + "meetings[" + i + "]";
            if (!YearMonth.from(in.heldOn()).equals(month)) {
                throw ProblemException.invalid(at + ".heldOn", "meeting.held-outside-month", in.heldOn(), month);
            }
            if (in.heldOn().isAfter(today)) {
                throw ProblemException.invalid(at + ".heldOn", "meeting.held-in-future", in.heldOn());
            }
            boolean existed = !in.heldOn().isBefore(org.foundedOn)
                    && (org.isActive() || in.heldOn().isBefore(org.statusSince));
            if (!existed) {
                throw ProblemException.rule(
                        Rules.MEETING_WHILE_ACTIVE, "meeting.organization-not-active", org.code, in.heldOn());
            }
            if (in.kind() == MeetingKind.REGULAR && ++regular > 1) {
                throw ProblemException.rule(Rules.MEETING_ONE_REGULAR, "meeting.one-regular", month);
            }
            Set<UUID> attendees = new HashSet<>();
            for (int j = 0; j < in.attendance().size(); j++) {
                if (!attendees.add(in.attendance().get(j).memberId())) {
                    throw ProblemException.invalid(at + ".attendance[" + j + "].memberId", "meeting.attendee-twice");
                }
            }
            if (new HashSet<>(in.superiorAttendeeIds()).size()
                    < in.superiorAttendeeIds().size()) {
                throw ProblemException.invalid(at + ".superiorAttendeeIds", "meeting.attendee-twice");
            }
            named.addAll(attendees);
            named.addAll(in.superiorAttendeeIds());
            if (in.chairMemberId() != null) {
                named.add(in.chairMemberId());
            }
            if (in.meetingSecretaryMemberId() != null) {
                named.add(in.meetingSecretaryMemberId());
            }
        }
        return named;
    }

    private void requireKnown(Set<UUID> named) {
        Set<UUID> unknown = new LinkedHashSet<>(named);
        unknown.removeAll(meetings.knownMembers(named));
        if (!unknown.isEmpty()) {
            throw ProblemException.rule(
                    Rules.MEETING_MEMBER_KNOWN,
                    "meeting.member-unknown",
                    unknown.iterator().next());
        }
    }

    private static String hash(List<MeetingInput> inputs) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(inputs.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
