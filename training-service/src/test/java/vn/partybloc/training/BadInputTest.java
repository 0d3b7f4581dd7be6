package vn.partybloc.training;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import vn.partybloc.testing.BadInputTestBase;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BadInputTest extends BadInputTestBase {

    @Override
    protected String adminToken() {
        return Tokens.as("admin");
    }

    /** A real, running course, so that bad bodies reach the course endpoints' checks rather than stopping at a 404. */
    @Override
    protected Map<String, String> knownPathValues() {
        String course = Courses.running(
                        "PARTY_WORK",
                        "2022-05-09",
                        "2022-05-13",
                        java.util.List.of(Feed.member(
                                "Kiểm Thử Đầu Vào",
                                Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id())))
                .toString();
        return Map.of("id", course, "courseId", course);
    }
}
