package vn.partybloc.organization.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.shares.ShareLogResourceBase;

@Path("/api/v1/share-log/organizations")
@Tag(name = ShareLogResourceBase.TAG, description = ShareLogResourceBase.TAG_DESCRIPTION)
public class OrganizationShareLogResource extends ShareLogResourceBase {}
