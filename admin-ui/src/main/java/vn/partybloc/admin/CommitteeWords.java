package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The committee pages' words: a term opened, a committee formed, an organization's record downloaded, a position's responsibilities (phân công: the
 * field of work, the cell followed):
 * Vietnamese here, English in {@code messages/committee_en.properties}; used as {@code committee:responsibilities}. A
 * bundle of their own, so that {@link Messages} stays under the 300 messages Qute can look up
 * ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "committee", locale = "vi")
public interface CommitteeWords {

    @Message("Phân công nhiệm vụ")
    String responsibilities();

    @Message("Giao nhiệm vụ")
    String assign();

    @Message("Lĩnh vực phụ trách")
    String field();

    @Message("Chi bộ phụ trách")
    String followed_cell();

    @Message("Tìm chi bộ phụ trách")
    String cell_search();

    @Message("gõ tên chi bộ")
    String cell_search_hint();

    @Message("Gõ tên để tìm chi bộ")
    String no_cells();

    @Message("Dự sinh hoạt cùng chi bộ")
    String attends_meetings();

    @Message("Có")
    String yes();

    @Message("Nhập chức vụ cấp ủy từ tệp CSV")
    String import_positions();

    @Message(
            "Mỗi dòng là một chức vụ; dòng đầu là tên các trường như API nhận (memberNationalId, committeeId, position, appointment, decisionNumber, decisionDate, startsOn, endsOn, endReason); chức vụ đã có (cùng đảng viên, cấp ủy, chức vụ và ngày bắt đầu) được cập nhật, dòng có ngày kết thúc thì kết thúc chức vụ đó.")
    String positions_csv_hint();

    @Message("Lần nhập chức vụ cấp ủy")
    String position_import_job();

    @Message("Mở nhiệm kỳ")
    String open_term();

    @Message("Thành lập cấp ủy")
    String form_committee();

    @Message("Loại cấp ủy")
    String kind();

    @Message("Năm bắt đầu")
    String start_year();

    @Message("Năm kết thúc")
    String end_year();

    @Message("Lịch sử, nhiệm kỳ và cấp ủy")
    String organization_record();
}
