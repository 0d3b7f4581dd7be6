package vn.partybloc.evaluation.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.events.ChangesResourceBase;

@Path("/api/v1/changes/evaluations")
@Tag(name = "Changes feed", description = "Every evaluation event, in commit order, for systems without Kafka.")
public class EvaluationChangesResource extends ChangesResourceBase {}
