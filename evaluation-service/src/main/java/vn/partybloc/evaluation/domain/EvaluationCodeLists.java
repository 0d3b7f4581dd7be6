package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.partybloc.platform.codes.CodeList;
import vn.partybloc.platform.codes.CodeListSource;

/** The codes of a rating, what is rated, discipline, complaints and inspections. */
@ApplicationScoped
public class EvaluationCodeLists implements CodeListSource {

    private static final List<CodeList> LISTS = List.of(
            CodeList.of(
                    "rating-levels",
                    "Rating levels",
                    "Mức xếp loại chất lượng",
                    List.of("Review.level", "Review.proposedLevel", "Review.selfLevel"),
                    Level.class),
            CodeList.of(
                    "subject-kinds",
                    "What is rated",
                    "Đối tượng đánh giá, xếp loại",
                    List.of("Review.subjectKind"),
                    SubjectKind.class),
            CodeList.of(
                    "discipline-forms",
                    "Forms of discipline of a member",
                    "Hình thức kỷ luật đảng viên",
                    List.of("DisciplineCase.form"),
                    DisciplineForm.class),
            CodeList.of(
                    "organization-discipline-forms",
                    "Forms of discipline of an organization",
                    "Hình thức kỷ luật tổ chức đảng",
                    List.of("OrganizationDisciplineCase.form"),
                    OrganizationDisciplineForm.class),
            CodeList.of(
                    "discipline-bodies",
                    "Bodies that decide discipline",
                    "Cấp có thẩm quyền kỷ luật",
                    List.of("DisciplineCase.bodyKind", "OrganizationDisciplineCase.bodyKind"),
                    DisciplineBody.class),
            CodeList.of(
                    "discipline-levels",
                    "Levels of the deciding body",
                    "Cấp của tổ chức quyết định kỷ luật",
                    List.of("DisciplineCase.bodyLevel", "OrganizationDisciplineCase.bodyLevel"),
                    DisciplineLevel.class),
            CodeList.of(
                    "complaint-kinds",
                    "Complaints and denunciations",
                    "Khiếu nại, tố cáo",
                    List.of("Complaint.kind"),
                    ComplaintKind.class),
            CodeList.of(
                    "complaint-channels",
                    "How a complaint arrived",
                    "Hình thức tiếp nhận đơn thư",
                    List.of("Complaint.channel"),
                    ComplaintChannel.class),
            CodeList.of(
                    "complaint-outcomes",
                    "Outcomes of a complaint",
                    "Kết quả giải quyết khiếu nại, tố cáo",
                    List.of("Complaint.outcome"),
                    ComplaintOutcome.class),
            CodeList.of(
                    "inspection-activities",
                    "Inspection or supervision",
                    "Kiểm tra, giám sát",
                    List.of("InspectionPlan.activity"),
                    InspectionActivity.class),
            CodeList.of(
                    "inspection-bodies",
                    "Who carries out an inspection plan",
                    "Chủ thể kiểm tra, giám sát",
                    List.of("InspectionPlan.bodyKind"),
                    InspectionBody.class));

    @Override
    public List<CodeList> codeLists() {
        return LISTS;
    }
}
