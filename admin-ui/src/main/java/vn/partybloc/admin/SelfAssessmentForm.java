package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.SelfAssessmentRequest;
import vn.partybloc.client.model.SubjectKind;

/** A subject's self-assessment in a cycle as a form's fields, named as the request's: what is rated and how. */
public class SelfAssessmentForm extends KeyedForm {

    @RestForm
    String cycleId;

    @RestForm
    String subjectKind;

    @RestForm
    String subjectId;

    @RestForm
    String level;

    @RestForm
    String score;

    @RestForm
    String note;

    static SelfAssessmentForm of(String cycleId, String subjectKind, String subjectId) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        form.newKey();
        form.cycleId = cycleId;
        form.subjectKind = subjectKind;
        form.subjectId = subjectId;
        return form;
    }

    SelfAssessmentRequest request() {
        return new SelfAssessmentRequest()
                .cycleId(FormFields.id(cycleId))
                .subjectKind(subjectKind())
                .subjectId(FormFields.id(subjectId))
                .level(FormFields.code(level, Level::fromValue))
                .score(FormFields.number(score))
                .note(FormFields.text(note));
    }

    SubjectKind subjectKind() {
        return FormFields.code(subjectKind, SubjectKind::fromValue);
    }

    public String getCycleId() {
        return cycleId;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getLevel() {
        return level;
    }

    public String getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }
}
