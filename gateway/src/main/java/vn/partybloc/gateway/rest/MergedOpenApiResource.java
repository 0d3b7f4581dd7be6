package vn.partybloc.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Serves the merged document where clients and Swagger UI expect it. */
@Path("/q/openapi")
public class MergedOpenApiResource {

    private final OpenApiMerger merger;

    public MergedOpenApiResource(OpenApiMerger merger) {
        this.merger = merger;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/vnd.oai.openapi+json"})
    @Operation(hidden = true)
    public ObjectNode document() {
        return merger.document();
    }
}
