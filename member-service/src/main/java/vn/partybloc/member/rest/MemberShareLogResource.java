package vn.partybloc.member.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.shares.ShareLogResourceBase;

@Path("/api/v1/share-log/members")
@Tag(name = ShareLogResourceBase.TAG, description = ShareLogResourceBase.TAG_DESCRIPTION)
public class MemberShareLogResource extends ShareLogResourceBase {}
