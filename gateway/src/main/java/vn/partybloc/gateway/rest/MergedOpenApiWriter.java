package vn.partybloc.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the merged OpenAPI document at build time from the documents Quarkus stored for the gateway and each
 * service, so clients can be generated without running the system. Arguments: output file, issuer URL, the gateway's
 * document, then {@code name=path} per service.
 */
public final class MergedOpenApiWriter {

    private MergedOpenApiWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: <output> <issuer> <gateway document> [name=document ...]");
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode own = (ObjectNode) json.readTree(new File(args[2]));
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            File document = new File(pair[1]);
            services.put(pair[0], document.exists() ? (ObjectNode) json.readTree(document) : null);
        }
        ObjectNode merged = new OpenApiDocuments(json).merge(own, services, Optional.of(URI.create(args[1])));
        File output = new File(args[0]);
        output.getParentFile().mkdirs();
        json.writeValue(output, merged);
    }
}
