package vn.partybloc.organization.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.events.ChangesResourceBase;

@Path("/api/v1/changes/organizations")
@Tag(name = "Changes feed", description = "Every organization event, in commit order, for systems without Kafka.")
public class OrganizationChangesResource extends ChangesResourceBase {}
