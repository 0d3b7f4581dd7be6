package vn.partybloc.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;

/**
 * Values of a JSON answer read with Jackson, for the set-up code that runs hundreds of times a test: rest-assured's
 * {@code extract().path(...)} compiles a Groovy script for each call, resolving its names against every jar of the class
 * path, and that compiling was the largest part of the access tables' own CPU.
 */
public final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {}

    /** The id of what a request created, from its 201 body. */
    public static String createdId(ValidatableResponse response) {
        return text(response.statusCode(201), "/id");
    }

    /** The text at a JSON Pointer ({@code /items/0/id}) of an answer; fails when nothing is there. */
    public static String text(ValidatableResponse response, String pointer) {
        String body = response.extract().asString();
        try {
            JsonNode value = JSON.readTree(body).at(pointer);
            if (!value.isValueNode()) {
                throw new AssertionError("nothing at " + pointer + " in " + body);
            }
            return value.asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError("an answer that is not JSON: " + body, e);
        }
    }
}
