package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import vn.partybloc.client.model.Attainment;
import vn.partybloc.client.model.AttainmentKindFigures;
import vn.partybloc.client.model.CourseTopic;
import vn.partybloc.client.model.MeetingYear;
import vn.partybloc.client.model.MemberStatistics;
import vn.partybloc.client.model.OrganizationCounts;
import vn.partybloc.client.model.Overview;
import vn.partybloc.client.model.SubjectKind;
import vn.partybloc.client.model.TopicFigures;
import vn.partybloc.client.model.TopicReport;

/**
 * The overview's sections, each typed by the merged document as the report of the service it comes from; reading one
 * asserts that its service answered.
 */
final class OverviewSections {

    private OverviewSections() {}

    static OrganizationCounts organizations(Overview overview) {
        assertEquals("OK", overview.getSections().getOrganizations().getStatus(), "organizations");
        return overview.getSections().getOrganizations().getData();
    }

    static MemberStatistics members(Overview overview) {
        assertEquals("OK", overview.getSections().getMembers().getStatus(), "members");
        return overview.getSections().getMembers().getData();
    }

    static TopicReport training(Overview overview) {
        assertEquals("OK", overview.getSections().getTraining().getStatus(), "training");
        return overview.getSections().getTraining().getData();
    }

    static Attainment evaluation(Overview overview) {
        assertEquals("OK", overview.getSections().getEvaluation().getStatus(), "evaluation");
        return overview.getSections().getEvaluation().getData();
    }

    static MeetingYear meetings(Overview overview) {
        assertEquals("OK", overview.getSections().getMeetings().getStatus(), "meetings");
        return overview.getSections().getMeetings().getData();
    }

    static TopicFigures topic(TopicReport report, CourseTopic topic) {
        return report.getTopics().stream()
                .filter(t -> t.getTopic() == topic)
                .findFirst()
                .orElseThrow();
    }

    static AttainmentKindFigures subject(Attainment attainment, SubjectKind kind) {
        return attainment.getSubjects().stream()
                .filter(s -> s.getSubjectKind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
