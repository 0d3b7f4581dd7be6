package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What every service's code lists promise an integrator mapping its own codes (platform's {@code codes}). */
public final class CodeListChecks {

    private CodeListChecks() {}

    /**
     * The lists at {@code path} (read as {@code integration}) name, in order, exactly {@code vocabulary}'s lists, each
     * holding every constant of its enum, in declared order, with a Vietnamese and an English label: a constant the API
     * sends that a list lacks, or one without its labels, fails here.
     */
    public static JsonPath assertEveryCodeIsListedWithBothLabels(
            String path, Map<String, Class<? extends Enum<?>>> vocabulary) {
        JsonPath lists = given().auth()
                .oauth2(Tokens.as("integration"))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        vocabulary.forEach((name, type) -> {
            String list = "lists.find { it.name == '" + name + "' }";
            assertEquals(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                    lists.getList(list + ".codes.code"),
                    name);
            List<Map<String, String>> codes = lists.getList(list + ".codes");
            codes.forEach(code -> {
                assertFalse(code.get("vi") == null || code.get("vi").isBlank(), name + " " + code);
                assertFalse(code.get("en") == null || code.get("en").isBlank(), name + " " + code);
            });
        });
        return lists;
    }
}
