package vn.partybloc.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.partybloc.gateway.rest.OpenApiDocuments;

class OpenApiDocumentsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSchemaTwoServicesDefineDifferentlyIsRenamedWithItsReferences() throws Exception {
        ObjectNode own = (ObjectNode) json.readTree("{\"openapi\":\"3.0.3\",\"paths\":{}}");
        ObjectNode a = service(
                "/api/v1/organizations", "{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"}}}");
        ObjectNode b =
                service("/api/v1/members", "{\"type\":\"object\",\"properties\":{\"fullName\":{\"type\":\"string\"}}}");
        ObjectNode same =
                service("/api/v1/courses", "{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"}}}");
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        services.put("organization", a);
        services.put("member", b);
        services.put("training", same);
        services.put("evaluation", null);

        ObjectNode merged = new OpenApiDocuments(json).merge(own, services, Optional.empty());

        assertTrue(merged.at("/components/schemas/Thing").has("properties"));
        assertEquals(
                "string",
                merged.at("/components/schemas/MemberThing/properties/fullName/type")
                        .asText());
        assertEquals(
                "#/components/schemas/MemberThing",
                merged.at("/paths/~1api~1v1~1members/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/Thing",
                merged.at("/paths/~1api~1v1~1courses/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
        assertFalse(
                merged.at("/components/schemas").has("TrainingThing"), "an identical schema is shared, not renamed");
        assertEquals(
                "evaluation", merged.at("/x-partybloc-unavailable-services/0").asText());
    }

    @Test
    void eachOverviewSectionIsTypedWithTheSchemaOfTheOperationTheGatewayAsks() throws Exception {
        ObjectNode own = (ObjectNode) json.readTree("""
                {"openapi":"3.0.3","paths":{},"components":{"schemas":{
                  "Overview":{"type":"object","properties":{"sections":{"type":"object",
                    "additionalProperties":{"$ref":"#/components/schemas/OverviewSection"}}}},
                  "OverviewSection":{"type":"object","required":["status"],"properties":{
                    "status":{"type":"string"},"data":{"type":"object"}}}}}}
                """);
        ObjectNode members = (ObjectNode) json.readTree("""
                {"openapi":"3.0.3","paths":{"/api/v1/members/statistics":{"get":{"responses":{"200":{"content":{
                  "application/json":{"schema":{"$ref":"#/components/schemas/MemberStatistics"}}}}}}}},
                 "components":{"schemas":{"MemberStatistics":{"type":"object"}}}}
                """);
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        services.put("member", members);

        ObjectNode merged = new OpenApiDocuments(json).merge(own, services, Optional.empty());

        assertEquals(
                "#/components/schemas/OverviewMembersSection",
                merged.at("/components/schemas/Overview/properties/sections/properties/members/$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/MemberStatistics",
                merged.at("/components/schemas/OverviewMembersSection/properties/data/allOf/0/$ref")
                        .asText());
        assertEquals(
                "status",
                merged.at("/components/schemas/OverviewMembersSection/required/0")
                        .asText());
        assertEquals(
                "object",
                merged.at("/components/schemas/OverviewTrainingSection/properties/data/type")
                        .asText(),
                "a section whose service is not merged keeps the untyped object");
        assertEquals(
                5,
                merged.at("/components/schemas/Overview/properties/sections/required")
                        .size());
    }

    /** The gateway passes the services' code lists through; a generated client gets them typed as `CodeList`. */
    @Test
    void theCodeListsTheGatewayAssemblesAreTypedWithTheServicesSchema() throws Exception {
        ObjectNode own = (ObjectNode) json.readTree("""
                {"openapi":"3.0.3","paths":{},"components":{"schemas":{
                  "AllCodeLists":{"type":"object","properties":{"lists":{"type":"array","items":{"type":"object"}}}}}}}
                """);
        ObjectNode members = (ObjectNode) json.readTree("""
                {"openapi":"3.0.3","paths":{},"components":{"schemas":{"CodeList":{"type":"object"}}}}
                """);

        ObjectNode merged = new OpenApiDocuments(json).merge(own, Map.of("member", members), Optional.empty());

        assertEquals(
                "#/components/schemas/CodeList",
                merged.at("/components/schemas/AllCodeLists/properties/lists/items/$ref")
                        .asText());
    }

    @Test
    void eachPeriodReportSectionIsTypedWithTheSchemaOfTheOperationTheGatewayAsks() throws Exception {
        ObjectNode own = (ObjectNode) json.readTree("""
                {"openapi":"3.0.3","paths":{},"components":{"schemas":{
                  "Overview":{"type":"object","properties":{"sections":{"type":"object",
                    "additionalProperties":{"$ref":"#/components/schemas/OverviewSection"}}}},
                  "PeriodReport":{"type":"object","properties":{"sections":{"type":"object",
                    "additionalProperties":{"$ref":"#/components/schemas/OverviewSection"}}}},
                  "OverviewSection":{"type":"object","required":["status"],"properties":{
                    "status":{"type":"string"},"data":{"type":"object"}}}}}}
                """);
        ObjectNode members = (ObjectNode) json.readTree("""
                {"openapi":"3.0.3","paths":{"/api/v1/positions/report":{"get":{"responses":{"200":{"content":{
                  "application/json":{"schema":{"$ref":"#/components/schemas/PositionsFilled"}}}}}}}},
                 "components":{"schemas":{"PositionsFilled":{"type":"object"}}}}
                """);
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        services.put("member", members);

        ObjectNode merged = new OpenApiDocuments(json).merge(own, services, Optional.empty());

        assertEquals(
                "#/components/schemas/PeriodReportPositionsFilledSection",
                merged.at("/components/schemas/PeriodReport/properties/sections/properties/positionsFilled/$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/PositionsFilled",
                merged.at("/components/schemas/PeriodReportPositionsFilledSection/properties/data/allOf/0/$ref")
                        .asText());
        assertEquals(
                4, // structuralChanges, positionsFilled, memberMovements, discipline
                merged.at("/components/schemas/PeriodReport/properties/sections/required")
                        .size());
        assertFalse(merged.at("/components/schemas").has("OverviewSection"), "the generic section is not left over");
    }

    @Test
    void everyApiOperationDocumentsTheGatewaysRateLimitAnswer() throws Exception {
        ObjectNode own = (ObjectNode) json.readTree("""
                {"openapi":"3.0.3","paths":{"/api/v1/reports/overview":{"get":{"responses":{
                  "200":{"description":"ok"},"400":{"description":"Malformed"}}}}}}""");
        ObjectNode service = service("/api/v1/members", "{\"type\":\"object\"}");
        ((ObjectNode) service.with("components").with("schemas")).putObject("Problem");

        ObjectNode merged = new OpenApiDocuments(json).merge(own, Map.of("member", service), Optional.empty());

        for (String path : new String[] {"/~1api~1v1~1members/get", "/~1api~1v1~1reports~1overview/get"}) {
            JsonNode tooMany = merged.at("/paths" + path + "/responses/429");
            assertTrue(tooMany.at("/headers/Retry-After/schema").has("type"), path);
            assertEquals(
                    "#/components/schemas/Problem",
                    tooMany.at("/content/application~1problem+json/schema/$ref").asText(),
                    path);
        }
        assertEquals(
                "#/components/schemas/Problem",
                merged.at(
                                "/paths/~1api~1v1~1reports~1overview/get/responses/400/content/application~1problem+json/schema/$ref")
                        .asText(),
                "an error the gateway declares without a body is a problem");
    }

    @Test
    void keycloakLoginNamesWhereTokensAreRefreshed() throws Exception {
        ObjectNode own = (ObjectNode) json.readTree("{\"openapi\":\"3.0.3\",\"paths\":{}}");

        ObjectNode merged = new OpenApiDocuments(json)
                .merge(own, Map.of(), Optional.of(URI.create("http://localhost:8180/realms/partybloc")));

        JsonNode flow = merged.at("/components/securitySchemes/keycloak/flows/authorizationCode");
        assertEquals(flow.path("tokenUrl").asText(), flow.path("refreshUrl").asText());
        assertTrue(merged.at("/components/securitySchemes/bearer/description")
                .asText()
                .contains("RFC8725"));
    }

    private ObjectNode service(String path, String schema) throws Exception {
        return (ObjectNode) json.readTree("""
                {"paths":{"%s":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":
                  {"schema":{"$ref":"#/components/schemas/Thing"}}}}}}}},
                 "components":{"schemas":{"Thing":%s}}}""".formatted(path, schema));
    }
}
