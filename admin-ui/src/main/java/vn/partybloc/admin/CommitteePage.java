package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
        CommitteesApi committees = new CommitteesApi(user.api());
        Committee committee = committees.getCommittee(id);
        MemberNames holders = new MemberNames(user.api());
        List<Seat> seats = committees.listCommitteePositions(id).stream()
                .map(position -> new Seat(position, holders.of(position.getMemberId())))
                .toList();
        return Templates.committee(
                user,
                committee,
                Part.of(() -> new OrganizationsApi(user.api()).getOrganization(committee.getOrganizationId(), null)),
                seats);
    }
}
