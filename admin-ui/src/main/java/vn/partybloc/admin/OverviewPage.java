package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.model.Overview;
import vn.partybloc.kernel.BlocZone;

/** Tổng quan: the figures of the user's part of the Bloc on a day, as the gateway's overview gives them. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(SignedIn user, LocalDate asOf, Overview overview);
    }

    private final SignedIn user;

    public OverviewPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance get(@QueryParam("asOf") LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        return Templates.overview(user, day, new ReportsApi(user.api()).getOverview(day, null, null));
    }
}
