package vn.partybloc.member.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.events.ChangesResourceBase;

@Path("/api/v1/changes/members")
@Tag(
        name = "Changes feed",
        description = "Every member, committee and position event, in commit order, for systems without Kafka.")
public class MemberChangesResource extends ChangesResourceBase {}
