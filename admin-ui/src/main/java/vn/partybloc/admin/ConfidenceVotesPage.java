package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.ConfidenceVotesApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Committee;
import vn.partybloc.client.model.ConfidenceVote;
import vn.partybloc.client.model.ConfidenceVoteResult;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.PageConfidenceVoteResponse;
import vn.partybloc.client.model.Position;
import vn.partybloc.kernel.BlocZone;

/**
 * Lấy phiếu tín nhiệm (domain rule 12): the confidence votes held in the organization's subtree, of every year or of
 * the year asked for (2000–2200, as the API takes it), newest first, each with
 * its attendance, whether it was valid, and per person the shares of high, plain and low confidence with the flag
 * the API computed; for admins and organizers, a vote recorded with a row for each committee member in office. The
 * API lets the inspection side and a secretary (in their subtree) read them.
 */
@Path("/to-chuc/{id}/tin-nhiem")
@Produces(MediaType.TEXT_HTML)
public class ConfidenceVotesPage {

    static final int PAGE_SIZE = 10;

    /** A vote and its results, each with the person voted on as far as the user may read them. */
    public record Session(ConfidenceVote vote, List<Result> results) {}

    public record Result(ConfidenceVoteResult result, Part<Member> member) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance votes(
                SignedIn user,
                Organization organization,
                Integer year,
                Part<List<Session>> sessions,
                String previousPage,
                String nextPage);

        static native TemplateInstance record(
                SignedIn user, Organization organization, ConfidenceVoteForm form, FormProblem problem);
    }

    private final SignedIn user;

    public ConfidenceVotesPage(SignedIn user) {
        this.user = user;
    }

    /** Every year's votes, or those of {@code year}. */
    @GET
    public TemplateInstance votes(
            @PathParam("id") UUID id, @QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page)
            throws ApiException {
        ApiYears.checked(year, user.words());
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        int from = Math.max(page, 0);
        Part<PageConfidenceVoteResponse> found =
                Part.of(() -> new ConfidenceVotesApi(user.api()).listConfidenceVotes(id, from, PAGE_SIZE, null, year));
        MemberNames members = new MemberNames(user.api());
        PageLinks links = PageLinks.of(
                "/to-chuc/" + id + "/tin-nhiem?" + (year == null ? "" : "year=" + year + "&") + "page=",
                from,
                PAGE_SIZE,
                found.map(PageConfidenceVoteResponse::getTotal).value());
        return Templates.votes(
                user,
                organization,
                year,
                found.map(votes -> votes.getItems().stream()
                        .map(vote -> new Session(
                                vote,
                                vote.getResults().stream()
                                        .map(result -> new Result(result, members.of(result.getMemberId())))
                                        .toList()))
                        .toList()),
                links.previous(),
                links.next());
    }

    /** Every vote of the subtree, a row a person voted on, newest vote first. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        VoteWords words = user.voteWords();
        Spreadsheet sheet = new Spreadsheet(
                words.confidence_votes_of(organization.getName()),
                List.of(
                        words.body(),
                        words.voted_on(),
                        words.summoned(),
                        words.present(),
                        words.valid(),
                        words.voted_on_whom(),
                        words.position_title(),
                        words.ballots_returned(),
                        words.high(),
                        words.trust(),
                        words.low(),
                        words.flag_heading()));
        MemberNames members = new MemberNames(user.api());
        for (ConfidenceVote vote : all(id)) {
            for (ConfidenceVoteResult result : vote.getResults()) {
                Part<Member> member = members.of(result.getMemberId());
                sheet.row(
                        vote.getBody(),
                        vote.getVotedOn(),
                        vote.getSummoned(),
                        vote.getPresent(),
                        Boolean.TRUE.equals(vote.getValid()) ? words.valid() : words.not_valid(),
                        member.map(Member::getFullName).valueOrProblem(),
                        result.getPositionTitle(),
                        result.getBallotsReturned(),
                        Spreadsheet.Percent.of(result.getHighPercent()),
                        Spreadsheet.Percent.of(result.getTrustPercent()),
                        Spreadsheet.Percent.of(result.getLowPercent()),
                        words.flag(result.getFlag().name()));
            }
        }
        return sheet.download(words.confidence_votes() + " " + organization.getName());
    }

    private List<ConfidenceVote> all(UUID id) throws ApiException {
        ConfidenceVotesApi votes = new ConfidenceVotesApi(user.api());
        return EveryPage.of(
                page -> votes.listConfidenceVotes(id, page, EveryPage.LARGEST, null, null),
                PageConfidenceVoteResponse::getItems,
                PageConfidenceVoteResponse::getTotal);
    }

    @GET
    @Path("/ghi-nhan")
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        ConfidenceVoteForm form = ConfidenceVoteForm.blank(BlocZone.today().toString(), inOffice(id));
        return Templates.record(
                user, new OrganizationsApi(user.api()).getOrganization(id, null), form, FormProblem.NONE);
    }

    @POST
    @Path("/ghi-nhan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @BeanParam ConfidenceVoteForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new ConfidenceVotesApi(user.api()).recordConfidenceVote(form.request(id), form.idempotencyKey),
                recorded -> "/to-chuc/" + id + "/tin-nhiem",
                problem -> Templates.record(
                        user, new OrganizationsApi(user.api()).getOrganization(id, null), form, problem));
    }

    /**
     * The people a vote is usually about: the members in office on the committees of the organization's latest term,
     * each once, under the first post they hold (a committee's secretary before its deputies and members).
     */
    private List<ConfidenceVoteForm.Person> inOffice(UUID organization) throws ApiException {
        CommitteesApi committees = new CommitteesApi(user.api());
        List<Committee> all = committees.listCommittees(organization);
        int latest = all.stream().mapToInt(Committee::getTermStartYear).max().orElse(0);
        MemberNames names = new MemberNames(user.api());
        Labels labels = user.labels();
        Set<UUID> offered = new HashSet<>();
        List<ConfidenceVoteForm.Person> people = new ArrayList<>();
        for (Committee committee : all) {
            if (committee.getTermStartYear() != latest) {
                continue;
            }
            List<Position> seats = committees.listCommitteePositions(committee.getId()).stream()
                    .filter(seat -> seat.getEndsOn() == null)
                    .sorted(Comparator.comparing(Position::getPosition))
                    .toList();
            for (Position seat : seats) {
                Member member = names.of(seat.getMemberId()).value();
                if (member != null && offered.add(member.getId())) {
                    people.add(new ConfidenceVoteForm.Person(
                            member.getId(),
                            member.getFullName(),
                            labels.position_kind(seat.getPosition().name()) + " "
                                    + labels.committee_kind(committee.getKind().name())));
                }
            }
        }
        return people;
    }
}
