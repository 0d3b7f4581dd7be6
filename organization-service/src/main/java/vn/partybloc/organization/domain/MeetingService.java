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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.organization.events.MeetingEvents;
import vn.partybloc.organization.repository.MeetingMonthRepository;
import vn.partybloc.organization.repository.MeetingRepository;
import vn.partybloc.organization.repository.OrganizationRepository;
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
    private final OrganizationRepository organizations;
    private final OrganizationQueries queries;
    private final MeetingEvents events;
    private final Caller caller;
    private final Clock clock;

    public MeetingService(
            MeetingMonthRepository months,
            MeetingRepository meetings,
            OrganizationRepository organizations,
            OrganizationQueries queries,
            MeetingEvents events,
            Caller caller,
            Clock clock) {
        this.months = months;
        this.meetings = meetings;
        this.organizations = organizations;
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
        YearMonth to = last == null ? YearMonth.now(clock) : last;
        YearMonth from = first == null ? YearMonth.of(to.getYear(), 1) : first;
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "report.to-before-from");
        }
        queries.get(organizationId, null);
        return meetings.heldBetween(organizationId, from.atDay(1), to.atEndOfMonth());
    }

    /**
     * Replaces what was recorded for the month with {@code inputs} (an empty list records a month without meetings).
     * Recording what is already there changes nothing: no new version, no event.
     */
    public MeetingMonthView record(UUID organizationId, YearMonth month, String ifMatch, List<MeetingInput> inputs) {
        Organization org = lock(organizationId);
        return record(org, new MonthInput(month, null, inputs), ifMatch, "");
    }

    /**
     * Several months of one organization at once, each as {@link #record(UUID, YearMonth, String, List)} would record
     * it, all or none: for back-filling the past. A month's {@code version}, when given, must be the recorded one.
     */
    public List<MeetingMonthView> record(UUID organizationId, List<MonthInput> inputs) {
        Organization org = lock(organizationId);
        Set<YearMonth> seen = new HashSet<>();
        List<MeetingMonthView> views = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MonthInput in = inputs.get(i);
            String at = "months[" + i + "].";
            if (!seen.add(in.month())) {
                throw ProblemException.invalid(at + "month", "meeting.month-twice", in.month());
            }
            String ifMatch = in.version() == null ? null : "\"" + in.version() + "\"";
            views.add(record(org, in, ifMatch, at));
        }
        return views;
    }

    /** A month of meetings as sent in a request of several months, with the version it replaces, if any. */
    public record MonthInput(YearMonth month, Long version, List<MeetingInput> meetings) {}

    private Organization lock(UUID organizationId) {
        queries.get(organizationId, null);
        return organizations
                .findForUpdate(organizationId)
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
    }

    private MeetingMonthView record(Organization org, MonthInput in, String ifMatch, String at) {
        YearMonth month = in.month();
        List<MeetingInput> inputs = in.meetings();
        LocalDate today = LocalDate.now(clock);
        if (month.atDay(1).isAfter(today)) {
            throw ProblemException.invalid(at + "month", "meeting.month-in-future", month);
        }
        validate(org, month, today, inputs, at);
        String hash = hash(inputs);
        MeetingMonth recorded = months.find(org.id, month.atDay(1)).orElse(null);
        boolean created = recorded == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "meeting.month-if-match", month);
            }
            recorded = new MeetingMonth();
            recorded.id = UUID.randomUUID();
            recorded.organizationId = org.id;
            recorded.month = month.atDay(1);
            recorded.created(caller.name(), Instant.now());
        } else {
            ETags.checkIfMatch(ifMatch, recorded.version);
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
        List<Meeting> saved = save(org, recorded, inputs);
        months.flush();
        events.recorded(recorded, saved);
        return new MeetingMonthView(recorded, saved, created, true);
    }

    private List<Meeting> save(Organization org, MeetingMonth month, List<MeetingInput> inputs) {
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
            Set<UUID> followers = meetings.followersOn(org.id, in.heldOn(), in.superiorAttendeeIds());
            in.superiorAttendeeIds()
                    .forEach(id -> m.superiorAttendance.add(new SuperiorAttendance(id, followers.contains(id))));
            meetings.persist(m);
            saved.add(m);
        }
        return saved;
    }

    private void validate(
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
            attendees.forEach(named::add);
            named.addAll(in.superiorAttendeeIds());
            if (in.chairMemberId() != null) {
                named.add(in.chairMemberId());
            }
            if (in.meetingSecretaryMemberId() != null) {
                named.add(in.meetingSecretaryMemberId());
            }
        }
        Set<UUID> known = meetings.knownMembers(named);
        named.removeAll(known);
        if (!named.isEmpty()) {
            throw ProblemException.rule(
                    Rules.MEETING_MEMBER_KNOWN,
                    "meeting.member-unknown",
                    named.iterator().next());
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
