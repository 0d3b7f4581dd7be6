package vn.partybloc.admin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import java.util.stream.Stream;
import vn.partybloc.client.ApiClient;

/**
 * The signed-in user of a request: their name and realm roles for the page, and the gateway as them, in the page's
 * language (so its problems read as the page does). The console checks nothing itself: the gateway and the services
 * answer as they would the user, and the roles only hide what the user could not do.
 */
@RequestScoped
public class SignedIn {

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final GatewayClient gateway;
    private final String language;

    public SignedIn(
            SecurityIdentity identity,
            AccessTokenCredential accessToken,
            GatewayClient gateway,
            HttpServerRequest request) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.gateway = gateway;
        this.language = Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public ApiClient api() {
        return gateway.as(accessToken.getToken(), language);
    }

    /** The page's language, {@code vi} or {@code en}. */
    public String language() {
        return language;
    }

    /** The console's words in the page's language, for what a page writes outside its template (a spreadsheet). */
    public Messages words() {
        return MessageBundles.get(Messages.class, Localized.Literal.of(language));
    }

    /** The discipline pages' words in the page's language, as {@link #words()}. */
    public DisciplineWords disciplineWords() {
        return MessageBundles.get(DisciplineWords.class, Localized.Literal.of(language));
    }

    /** The committee pages' words in the page's language, as {@link #words()}. */
    public CommitteeWords committeeWords() {
        return MessageBundles.get(CommitteeWords.class, Localized.Literal.of(language));
    }

    /** The words of recording a cell's meetings in the page's language, as {@link #words()}. */
    public MeetingWords meetingWords() {
        return MessageBundles.get(MeetingWords.class, Localized.Literal.of(language));
    }

    /** The words of who is overdue for training in the page's language, as {@link #words()}. */
    public TrainingWords trainingWords() {
        return MessageBundles.get(TrainingWords.class, Localized.Literal.of(language));
    }

    /** The words of confidence votes in the page's language, as {@link #words()}. */
    public VoteWords voteWords() {
        return MessageBundles.get(VoteWords.class, Localized.Literal.of(language));
    }

    /** The period report's words in the page's language, as {@link #words()}. */
    public ReportWords reportWords() {
        return MessageBundles.get(ReportWords.class, Localized.Literal.of(language));
    }

    /** The inspection pages' words. */
    public InspectionWords inspectionWords() {
        return MessageBundles.get(InspectionWords.class, Localized.Literal.of(language));
    }

    /** The complaint pages' words. */
    public ComplaintWords complaintWords() {
        return MessageBundles.get(ComplaintWords.class, Localized.Literal.of(language));
    }

    /** The succession pages' words. */
    public SuccessionWords successionWords() {
        return MessageBundles.get(SuccessionWords.class, Localized.Literal.of(language));
    }

    /** The words for the API's codes in the page's language, as {@link #words()}. */
    public Labels labels() {
        return MessageBundles.get(Labels.class, Localized.Literal.of(language));
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** Whether the user's role may change the tree's structure (an admin or organizer). */
    public boolean changesStructure() {
        return Stream.of("admin", "organizer").anyMatch(identity::hasRole);
    }

    /** Whether the user's role may open and decide discipline cases: the inspection side (admin, organizer, inspector). */
    public boolean handlesDiscipline() {
        return Stream.of("admin", "organizer", "inspector").anyMatch(identity::hasRole);
    }

    /**
     * Whether the user's role may read confidence votes, sensitive personnel data: an admin, organizer or inspector, and
     * a secretary (in their subtree).
     */
    public boolean readsConfidenceVotes() {
        return personnelSide();
    }

    /**
     * Whether the user's role may conclude inspection and supervision items: the inspection side, and a secretary (in
     * their subtree).
     */
    public boolean inspects() {
        return personnelSide();
    }

    /**
     * Whether the user's role may read succession plans, personnel data: an admin, organizer or inspector, and a
     * secretary (in their subtree).
     */
    public boolean readsSuccessionPlans() {
        return personnelSide();
    }

    private boolean personnelSide() {
        return Stream.of("admin", "organizer", "inspector", "secretary").anyMatch(identity::hasRole);
    }

    /** Whether the user's role may record a member's moves and departures (an admin, organizer or secretary). */
    public boolean keepsMembers() {
        return keepsCells();
    }

    /** Whether the user's role may record a cell's meetings (an admin, organizer or secretary). */
    public boolean recordsMeetings() {
        return keepsCells();
    }

    private boolean keepsCells() {
        return Stream.of("admin", "organizer", "secretary").anyMatch(identity::hasRole);
    }
}
