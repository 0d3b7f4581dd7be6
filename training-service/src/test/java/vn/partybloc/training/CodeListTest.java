package vn.partybloc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.CodeListChecks;
import vn.partybloc.training.domain.Award;
import vn.partybloc.training.domain.CompletionResult;
import vn.partybloc.training.domain.ContestKind;
import vn.partybloc.training.domain.CourseFormat;
import vn.partybloc.training.domain.CourseTopic;

/** Every course topic and format, contest kind, award and result the API sends is in a code list, with both labels. */
@QuarkusTest
class CodeListTest {

    @Test
    void everyCodeOfTheVocabularyIsListedWithBothLabels() {
        JsonPath lists = CodeListChecks.assertEveryCodeIsListedWithBothLabels(
                "/api/v1/code-lists/training",
                Map.of(
                        "course-topics", CourseTopic.class,
                        "course-formats", CourseFormat.class,
                        "contest-kinds", ContestKind.class,
                        "awards", Award.class,
                        "completion-results", CompletionResult.class));
        assertEquals(
                "Bí thư chi bộ giỏi",
                lists.getString("lists.find { it.name == 'contest-kinds' }.codes.find { it.code == "
                        + "'GOOD_CELL_SECRETARY' }.vi"));
    }
}
