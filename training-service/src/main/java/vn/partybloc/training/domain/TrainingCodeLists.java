package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.partybloc.platform.codes.CodeList;
import vn.partybloc.platform.codes.CodeListSource;

/** The codes of a course's topic and format, a contest's kind and award, and a completion's result. */
@ApplicationScoped
public class TrainingCodeLists implements CodeListSource {

    private static final List<CodeList> LISTS = List.of(
            CodeList.of(
                    "course-topics",
                    "Course topics",
                    "Nội dung bồi dưỡng",
                    List.of("Course.topic", "CourseTaken.topic"),
                    CourseTopic.class),
            CodeList.of(
                    "course-formats",
                    "Course formats",
                    "Hình thức bồi dưỡng",
                    List.of("Course.format"),
                    CourseFormat.class),
            CodeList.of("contest-kinds", "Contests", "Hội thi", List.of("Contest.kind"), ContestKind.class),
            CodeList.of("awards", "Contest awards", "Giải thưởng hội thi", List.of("ContestAward.award"), Award.class),
            CodeList.of(
                    "completion-results",
                    "Course results",
                    "Kết quả học tập",
                    List.of("CompletionItem.result"),
                    CompletionResult.class));

    @Override
    public List<CodeList> codeLists() {
        return LISTS;
    }
}
