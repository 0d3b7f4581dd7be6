package vn.partybloc.training.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.codes.CodeListResourceBase;

@Path("/api/v1/code-lists/training")
@Tag(name = CodeListResourceBase.TAG, description = CodeListResourceBase.TAG_DESCRIPTION)
public class TrainingCodeListResource extends CodeListResourceBase {}
