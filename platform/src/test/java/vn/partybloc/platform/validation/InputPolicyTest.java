package vn.partybloc.platform.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/**
 * The platform's one input policy, on every service alike: strict JSON types, well-formed Unicode, no control, bidi or
 * zero-width characters in single-line text, dates between 1900 and 2100, and a body only with its content type.
 */
@QuarkusTest
@InvalidRequestsOnPurpose
class InputPolicyTest {

    private static final String VALID = """
            {"name": "Chi bộ số 3 – Ngân hàng", "text": "Dòng một\\nDòng hai 😀", "count": 12, "flag": true,
             "on": "2023-06-30", "tags": ["Đảng viên"], "lines": [{"label": "Một"}, {"label": "Hai"}]}""";

    @TestHTTPResource("/test/forms")
    URI forms;

    @Test
    void aValidFormIsReadAsSent() {
        post(VALID)
                .statusCode(200)
                .body("name", equalTo("Chi bộ số 3 – Ngân hàng"))
                .body("text", equalTo("Dòng một\nDòng hai 😀"))
                .body("count", equalTo(12))
                .body("on", equalTo("2023-06-30"));
        post(with("\"on\": \"2023-06-30\"", "\"on\": \"1900-01-01\"")).statusCode(200);
        post(with("\"on\": \"2023-06-30\"", "\"on\": \"2100-12-31\"")).statusCode(200);
    }

    @Test
    void aValueOfAnotherTypeIsNotConverted() {
        refused(with("\"count\": 12", "\"count\": \"12\""), "count");
        refused(with("\"flag\": true", "\"flag\": \"true\""), "flag");
        refused(with("\"flag\": true", "\"flag\": 1"), "flag");
        refused(with("\"name\": \"Chi bộ số 3 – Ngân hàng\"", "\"name\": 12"), "name");
        refused(with("\"name\": \"Chi bộ số 3 – Ngân hàng\"", "\"name\": true"), "name");
        refused(with("\"on\": \"2023-06-30\"", "\"on\": 19538"), "on");
        refused(with("\"on\": \"2023-06-30\"", "\"on\": [2023, 6, 30]"), "on");
    }

    @Test
    void aDateOutsideTheYears1900To2100IsRefusedInABodyAndInAQuery() {
        for (String date : new String[] {"0000-01-01", "-0001-01-01", "+10000-01-01", "1899-12-31", "2101-01-01"}) {
            refused(with("\"on\": \"2023-06-30\"", "\"on\": \"" + date + "\""), "on")
                    .body("errors.message", hasItem(containsString("1900-01-01")));
            given().auth()
                    .oauth2(Tokens.as("admin"))
                    .queryParam("on", date)
                    .get("/test/forms")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("1900-01-01"));
        }
        given().auth()
                .oauth2(Tokens.as("admin"))
                .queryParam("on", "2023-06-30")
                .get("/test/forms")
                .then()
                .statusCode(200)
                .body("on", equalTo("2023-06-30"));
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        refused(with("\"name\": \"Chi bộ số 3 – Ngân hàng\"", "\"name\": \"Chi bộ \\ud800\""), "name");
        refused(with("Dòng hai 😀", "Dòng hai \\udc00x"), "text");
        refused(with("[\"Đảng viên\"]", "[\"\\ud83d\"]"), "tags[0]");
    }

    @Test
    void bidiControlsAndZeroWidthCharactersAreRefusedInSingleLineText() {
        for (String hidden :
                new String[] {"\\u202e", "\\u202a", "\\u2066", "\\u2069", "\\u200b", "\\u200f", "\\ufeff", "\\u2060"}) {
            refused(with("Ngân hàng\"", "Ngân " + hidden + "hàng\""), "name");
            refused(with("[\"Đảng viên\"]", "[\"Đảng" + hidden + "\"]"), "tags[0]");
        }
        refused(with("Dòng hai 😀", "Dòng \\u202e hai"), "text");
    }

    @Test
    void aFieldInsideAListIsNamedAsAClientWritesIt() {
        refused(with("{\"label\": \"Hai\"}", "{\"label\": \"H\\u200bai\"}"), "lines[1].label");
        refused(with("{\"label\": \"Hai\"}", "{}"), "lines[1].label");
    }

    @Test
    void aBodyWithoutAContentTypeIsAnUnsupportedMediaType() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(forms)
                                .header("Authorization", "Bearer " + Tokens.as("admin"))
                                .POST(HttpRequest.BodyPublishers.ofString(VALID))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(415, answer.statusCode(), answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.body());
    }

    @Test
    void aCommandWithoutABodyNeedsNoContentType() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(forms + "/ping"))
                                .header("Authorization", "Bearer " + Tokens.as("admin"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static String with(String valid, String replacement) {
        if (!VALID.contains(valid)) {
            throw new IllegalArgumentException(valid);
        }
        return VALID.replace(valid, replacement);
    }

    private static ValidatableResponse post(String body) {
        return given().auth()
                .oauth2(Tokens.as("admin"))
                .contentType("application/json")
                .body(body)
                .post("/test/forms")
                .then()
                .log()
                .ifValidationFails();
    }

    private static ValidatableResponse refused(String body, String field) {
        return post(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
