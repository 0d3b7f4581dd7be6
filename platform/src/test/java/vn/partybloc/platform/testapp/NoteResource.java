package vn.partybloc.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.events.Outbox;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ReadOnlyPosts;

/**
 * A write the way the services do it: the state change and its outbox event in one transaction, {@code 201} with
 * {@code Location} and {@code ETag}, a domain rule answered {@code 422}, and {@code Idempotency-Key} on POST.
 */
@Path("/test/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class NoteResource {

    public static final String TOPIC = "test.notes.v1";
    public static final String WRITTEN = "NoteWritten";
    public static final String TITLE_TAKEN = "NOTE-TITLE-TAKEN";

    private final EntityManager em;
    private final Outbox outbox;

    public NoteResource(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** {@code organizationId}: the organization the note's event is about, if any. */
    public record NoteRequest(@NotBlank String title, UUID organizationId) {}

    public record NoteResponse(UUID id, String title) {}

    @POST
    @Transactional
    @APIResponse(
            responseCode = "201",
            description = "Written; `Location` names the note.",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    public RestResponse<NoteResponse> write(@NotNull @Valid NoteRequest request, @Context UriInfo uri) {
        long taken = em.createQuery("select count(n) from Note n where n.title = :title", Long.class)
                .setParameter("title", request.title())
                .getSingleResult();
        if (taken > 0) {
            throw ProblemException.rule(TITLE_TAKEN, "note.title-taken", request.title());
        }
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.title = request.title();
        em.persist(note);
        NoteResponse body = new NoteResponse(note.id, note.title);
        outbox.publish(new Outbox.Event(TOPIC, "Note", note.id, WRITTEN, body, Outbox.about(request.organizationId())));
        return RestResponse.ResponseBuilder.<NoteResponse>created(
                        uri.getAbsolutePathBuilder().path(note.id.toString()).build())
                .tag(ETags.of(note.version))
                .entity(body)
                .build();
    }

    /** A look-up by title: a POST that changes nothing. */
    @POST
    @Path("/lookups")
    @Operation(
            summary = "Look a note up by its title",
            extensions = @Extension(name = ReadOnlyPosts.EXTENSION, value = "true"))
    public NoteResponse lookUp(@NotNull @Valid NoteRequest request) {
        return em.createQuery("select n from Note n where n.title = :title", Note.class)
                .setParameter("title", request.title())
                .getResultStream()
                .findFirst()
                .map(note -> new NoteResponse(note.id, note.title))
                .orElseThrow(() -> ProblemException.notFound("note", request.title()));
    }

    @GET
    @Path("/{id}")
    public NoteResponse get(@PathParam("id") UUID id) {
        Note note = em.find(Note.class, id);
        if (note == null) {
            throw ProblemException.notFound("note", id);
        }
        return new NoteResponse(note.id, note.title);
    }
}
