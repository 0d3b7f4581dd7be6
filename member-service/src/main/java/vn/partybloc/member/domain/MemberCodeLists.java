package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.partybloc.member.repository.QualificationLevelRepository;
import vn.partybloc.platform.codes.Code;
import vn.partybloc.platform.codes.CodeList;
import vn.partybloc.platform.codes.CodeListFile;
import vn.partybloc.platform.codes.CodeListSource;

/**
 * The codes of a member's and a committee seat's fields: the Bloc's own vocabulary (positions, committee kinds,
 * political theory, degrees), the General Statistics Office's lists of ethnic groups and religions, and the
 * qualification levels admins keep ({@code /api/v1/qualification-levels}), read as they stand.
 */
@ApplicationScoped
public class MemberCodeLists implements CodeListSource {

    private static final List<CodeList> FIXED = List.of(
            CodeList.of(
                    "positions",
                    "Positions on a committee",
                    "Chức vụ trong cấp ủy, ủy ban kiểm tra",
                    List.of("Position.position", "SuccessionPlan.position"),
                    PositionKind.class),
            CodeList.of(
                    "committee-kinds",
                    "Kinds of committee",
                    "Loại cấp ủy, ủy ban kiểm tra",
                    List.of("Committee.kind", "SuccessionPlan.committeeKind"),
                    CommitteeKind.class),
            CodeList.of(
                    "political-theory-levels",
                    "Political-theory levels",
                    "Trình độ lý luận chính trị",
                    List.of("Member.politicalTheory"),
                    PoliticalTheory.class),
            CodeList.of(
                    "degrees",
                    "Professional qualifications",
                    "Trình độ chuyên môn",
                    List.of("Member.degree"),
                    Degree.class),
            new CodeList(
                    "ethnicities",
                    "Ethnic groups of Viet Nam",
                    "Danh mục các thành phần dân tộc Việt Nam",
                    "Quyết định 121-TCTK/PPCĐ ngày 02/3/1979 của Tổng cục Thống kê",
                    List.of("Member.ethnicity"),
                    CodeListFile.read("code-lists/ethnicities.csv")),
            new CodeList(
                    "religions",
                    "Religions of Viet Nam",
                    "Danh mục tôn giáo Việt Nam",
                    "Quyết định 1019/QĐ-TCTK ngày 12/11/2008 của Tổng cục Thống kê; mã 14 theo Quyết định 132/QĐ-TGCP "
                            + "ngày 30/5/2014 của Ban Tôn giáo Chính phủ",
                    List.of("Member.religion"),
                    CodeListFile.read("code-lists/religions.csv")));

    private final QualificationLevelRepository levels;

    public MemberCodeLists(QualificationLevelRepository levels) {
        this.levels = levels;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CodeList> codeLists() {
        List<CodeList> lists = new ArrayList<>(FIXED);
        lists.add(qualificationLevels(
                QualificationKind.STATE_MANAGEMENT,
                "state-management-levels",
                "State-management levels",
                "Trình độ quản lý nhà nước",
                "Member.stateManagementCode"));
        lists.add(qualificationLevels(
                QualificationKind.FOREIGN_LANGUAGE,
                "foreign-language-levels",
                "Foreign-language levels",
                "Trình độ ngoại ngữ",
                "Member.foreignLanguageCode"));
        lists.add(qualificationLevels(
                QualificationKind.IT, "it-levels", "IT levels", "Trình độ tin học", "Member.itSkillCode"));
        return lists;
    }

    /** A list admins keep: Vietnamese labels only, each level with its own source (see the level itself). */
    private CodeList qualificationLevels(
            QualificationKind kind, String name, String title, String titleVi, String usedBy) {
        List<Code> codes = levels.find("kind = ?1 order by code", kind).list().stream()
                .map(level -> new Code(level.code, level.label, null))
                .toList();
        return new CodeList(name, title, titleVi, null, List.of(usedBy), codes);
    }
}
