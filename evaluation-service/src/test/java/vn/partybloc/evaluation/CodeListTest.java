package vn.partybloc.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partybloc.evaluation.domain.ComplaintChannel;
import vn.partybloc.evaluation.domain.ComplaintKind;
import vn.partybloc.evaluation.domain.ComplaintOutcome;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.evaluation.domain.DisciplineLevel;
import vn.partybloc.evaluation.domain.InspectionActivity;
import vn.partybloc.evaluation.domain.InspectionBody;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.OrganizationDisciplineForm;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.testing.CodeListChecks;

/** Every rating level, subject kind and code of discipline, complaints and inspections is listed with both labels. */
@QuarkusTest
class CodeListTest {

    @Test
    void everyCodeOfTheVocabularyIsListedWithBothLabels() {
        JsonPath lists = CodeListChecks.assertEveryCodeIsListedWithBothLabels(
                "/api/v1/code-lists/evaluations",
                Map.ofEntries(
                        Map.entry("rating-levels", Level.class),
                        Map.entry("subject-kinds", SubjectKind.class),
                        Map.entry("discipline-forms", DisciplineForm.class),
                        Map.entry("organization-discipline-forms", OrganizationDisciplineForm.class),
                        Map.entry("discipline-bodies", DisciplineBody.class),
                        Map.entry("discipline-levels", DisciplineLevel.class),
                        Map.entry("complaint-kinds", ComplaintKind.class),
                        Map.entry("complaint-channels", ComplaintChannel.class),
                        Map.entry("complaint-outcomes", ComplaintOutcome.class),
                        Map.entry("inspection-activities", InspectionActivity.class),
                        Map.entry("inspection-bodies", InspectionBody.class)));
        assertEquals(
                "Hoàn thành xuất sắc nhiệm vụ",
                lists.getString("lists.find { it.name == 'rating-levels' }.codes.find { it.code == 'EXCELLENT' }.vi"));
    }
}
