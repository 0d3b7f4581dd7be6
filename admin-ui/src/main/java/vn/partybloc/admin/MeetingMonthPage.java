package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MeetingsApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Meeting;
import vn.partybloc.client.model.MeetingMonth;
import vn.partybloc.client.model.MeetingMonthRequest;
import vn.partybloc.client.model.MeetingRequest;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.kernel.BlocZone;

/**
 * Ghi sinh hoạt tháng: a cell's month of meetings as its secretary records them, a meeting at a time, with a line of
 * attendance for each active member of the cell. The API takes a month whole, so a meeting added or removed is sent
 * with the month's other meetings as they stand, for the version the page showed: the same form sent twice (a double
 * click) is refused the second time (412) rather than recorded twice. For admins, organizers and secretaries.
 */
@Path("/to-chuc/{id}/sinh-hoat/thang/{month}")
@Produces(MediaType.TEXT_HTML)
public class MeetingMonthPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance month(
                SignedIn user,
                Organization organization,
                String month,
                RecordedMonth recorded,
                List<Member> members,
                List<Member> superiors,
                MeetingForm form,
                MeetingForm.Choices choices,
                FormProblem problem);

        static native TemplateInstance superiors(List<Member> superiors, List<String> chosen);
    }

    private final SignedIn user;

    public MeetingMonthPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance month(@PathParam("id") UUID id, @PathParam("month") String month) throws ApiException {
        return page(id, month, MeetingForm.blank(), FormProblem.NONE);
    }

    /** The form's meeting added after the month's others; the API's words about it shown next to its fields. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") UUID id, @PathParam("month") String month, @BeanParam MeetingForm form)
            throws ApiException {
        RecordedMonth now = RecordedMonth.read(meetings(), id, month);
        List<MeetingRequest> sent = new ArrayList<>(now.requests());
        String added = "meetings[" + sent.size() + "].";
        sent.add(form.request());
        return send(
                id,
                month,
                form.version,
                now,
                sent,
                problem -> page(id, month, form, problem.named(List.of(new FormProblem.Rename(added, "")))));
    }

    /**
     * The members whose name holds {@code q}, to choose the superior committee's members who attended from, after
     * those chosen already (kept through another search); the API takes only members of a committee above the cell.
     */
    @GET
    @Path("/cap-tren")
    public TemplateInstance superiors(@QueryParam("q") String q, @QueryParam("superiorAttendeeId") List<String> chosen)
            throws ApiException {
        List<Member> superiors = new ArrayList<>(chosen(chosen));
        for (Member found : ActiveMembers.named(user.api(), q)) {
            if (!chosen.contains(found.getId().toString())) {
                superiors.add(found);
            }
        }
        return Templates.superiors(superiors, chosen);
    }

    /** The month without one of its meetings; one already gone leaves the month as it is. */
    @POST
    @Path("/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(
            @PathParam("id") UUID id,
            @PathParam("month") String month,
            @RestForm String meetingId,
            @RestForm String version)
            throws ApiException {
        RecordedMonth now = RecordedMonth.read(meetings(), id, month);
        return send(
                id,
                month,
                version,
                now,
                now.requestsWithout(meetingId),
                problem -> page(id, month, MeetingForm.blank(), problem));
    }

    /**
     * Records the month as {@code sent} for the version the form showed. A month the form showed unrecorded but that
     * has been recorded since is the console's to refuse: the API replaces a month sent without {@code If-Match}.
     */
    private Response send(
            UUID id,
            String month,
            String shownVersion,
            RecordedMonth now,
            List<MeetingRequest> sent,
            FormProblem.Form refused)
            throws ApiException {
        boolean shownUnrecorded = FormFields.blank(shownVersion);
        if (shownUnrecorded && now.version() != null) {
            return Response.status(412)
                    .entity(refused.showing(new FormProblem(user.meetingWords().recorded_since(), Map.of())))
                    .build();
        }
        String ifMatch = shownUnrecorded ? null : "\"" + shownVersion.strip() + "\"";
        return FormProblem.sent(
                () -> meetings().recordMeetingMonth(id, month, new MeetingMonthRequest().meetings(sent), ifMatch),
                recorded -> "/to-chuc/" + id + "/sinh-hoat/thang/" + month,
                refused);
    }

    private TemplateInstance page(UUID id, String month, MeetingForm form, FormProblem problem) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        RecordedMonth recorded = RecordedMonth.read(meetings(), id, month);
        return Templates.month(
                user,
                organization,
                month,
                recorded,
                members(id, YearMonth.parse(month)),
                chosen(form.getSuperiorAttendeeIds()),
                form,
                MeetingForm.Choices.in(user.labels(), user.meetingWords()),
                problem);
    }

    /** The members of {@code ids}, each as the user may read them. */
    private List<Member> chosen(List<String> ids) throws ApiException {
        List<Member> members = new ArrayList<>();
        for (String id : ids) {
            members.addAll(ActiveMembers.chosen(user.api(), FormFields.id(id)));
        }
        return members;
    }

    /** The cell's active members at the month's end, or today in this month. */
    private List<Member> members(UUID cell, YearMonth month) throws ApiException {
        LocalDate today = BlocZone.today();
        return ActiveMembers.in(user.api(), cell, month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth());
    }

    private MeetingsApi meetings() {
        return new MeetingsApi(user.api());
    }

    /** A month as recorded, with its version; no meeting and no version while it has not been recorded. */
    public record RecordedMonth(List<Meeting> meetings, Long version) {

        static RecordedMonth read(MeetingsApi api, UUID id, String month) throws ApiException {
            try {
                MeetingMonth recorded = api.getMeetingMonth(id, month);
                return new RecordedMonth(recorded.getMeetings(), recorded.getVersion());
            } catch (ApiException notRecorded) {
                if (notRecorded.getCode() != 404) {
                    throw notRecorded;
                }
                return new RecordedMonth(List.of(), null);
            }
        }

        List<MeetingRequest> requests() {
            return meetings.stream().map(MeetingRequests::of).toList();
        }

        List<MeetingRequest> requestsWithout(String meetingId) {
            return meetings.stream()
                    .filter(meeting -> !meeting.getId().toString().equals(meetingId))
                    .map(MeetingRequests::of)
                    .toList();
        }
    }
}
