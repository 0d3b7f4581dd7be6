package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.domain.HostUnitKind;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.testing.CodeListChecks;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/** Every organization type and host-unit kind the API sends is in a code list, with both labels. */
@QuarkusTest
class CodeListTest {

    @Test
    void everyTypeAndHostUnitKindIsListedWithBothLabels() {
        JsonPath lists = CodeListChecks.assertEveryCodeIsListedWithBothLabels(
                "/api/v1/code-lists/organizations",
                Map.of("organization-types", OrganizationType.class, "host-unit-kinds", HostUnitKind.class));
        assertEquals(List.of("organization-types", "host-unit-kinds"), lists.getList("lists.name"));
    }

    @Test
    void oneListIsReadByItsName() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/code-lists/organizations/organization-types")
                .then()
                .statusCode(200)
                .body("titleVi", equalTo("Loại hình tổ chức đảng"))
                .body("codes.find { it.code == 'GRASSROOTS_COMMITTEE' }.vi", equalTo("Đảng bộ cơ sở"))
                .body("codes.find { it.code == 'GRASSROOTS_COMMITTEE' }.en", equalTo("Grassroots party committee"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void anUnknownListIsA404Problem() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/code-lists/organizations/ethnicities")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
