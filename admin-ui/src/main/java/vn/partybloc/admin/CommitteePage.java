package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Committee;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.Position;

/**
 * Cấp ủy: a committee of an organization for its term, and its positions, each with the member who holds or held it
 * (by name, as far as the user may read the member) and, for those who keep members, the way to end it.
 */
@Path("/cap-uy/{id}")
@Produces(MediaType.TEXT_HTML)
public class CommitteePage {

    /** A position and its holder, or the problem's words when the holder could not be read. */
    public record Seat(Position position, Part<Member> holder) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance committee(
                SignedIn user, Committee committee, Part<Organization> organization, List<Seat> seats);
    }

    private final SignedIn user;

    public CommitteePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance committee(@PathParam("id") UUID id) throws ApiException {
        Committee committee = new CommitteesApi(user.api()).getCommittee(id);
        return Templates.committee(user, committee, organization(committee), seats(id));
    }

    /** The positions as a spreadsheet, the roster staff send up the line: a row a position, days as days. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id) throws ApiException {
        Committee committee = new CommitteesApi(user.api()).getCommittee(id);
        Part<Organization> organization = organization(committee);
        Messages words = user.words();
        Labels labels = user.labels();
        String title = labels.committee_kind(committee.getKind().name()) + " "
                + (organization.value() == null ? "" : organization.value().getName() + " ")
                + committee.getTermStartYear() + "–" + committee.getTermEndYear();
        Spreadsheet sheet = new Spreadsheet(
                title,
                List.of(
                        words.full_name(),
                        words.position(),
                        words.appointment(),
                        words.starts_on(),
                        words.ends_on(),
                        words.end_reason()));
        for (Seat seat : seats(id)) {
            Position position = seat.position();
            sheet.row(
                    seat.holder().map(Member::getFullName).valueOrProblem(),
                    labels.position_kind(position.getPosition().name()),
                    position.getAppointment() == null
                            ? null
                            : labels.appointment(position.getAppointment().name()),
                    position.getStartsOn(),
                    position.getEndsOn(),
                    position.getEndReason() == null
                            ? null
                            : labels.end_reason(position.getEndReason().name()));
        }
        return sheet.download(title);
    }

    private Part<Organization> organization(Committee committee) {
        return Part.of(() -> new OrganizationsApi(user.api()).getOrganization(committee.getOrganizationId(), null));
    }

    private List<Seat> seats(UUID id) throws ApiException {
        MemberNames holders = new MemberNames(user.api());
        return new CommitteesApi(user.api())
                .listCommitteePositions(id).stream()
                        .map(position -> new Seat(position, holders.of(position.getMemberId())))
                        .toList();
    }
}
