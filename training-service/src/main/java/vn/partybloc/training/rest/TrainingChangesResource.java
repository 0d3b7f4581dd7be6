package vn.partybloc.training.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.events.ChangesResourceBase;

@Path("/api/v1/changes/training")
@Tag(
        name = "Changes feed",
        description =
                "Every course, enrollment, obligation and contest event, in commit order, for systems without Kafka.")
public class TrainingChangesResource extends ChangesResourceBase {}
