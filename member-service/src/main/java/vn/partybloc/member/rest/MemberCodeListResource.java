package vn.partybloc.member.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.codes.CodeListResourceBase;

@Path("/api/v1/code-lists/members")
@Tag(name = CodeListResourceBase.TAG, description = CodeListResourceBase.TAG_DESCRIPTION)
public class MemberCodeListResource extends CodeListResourceBase {}
