package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for the API's codes (a type, a status, a level…), by code: Vietnamese here, English in
 * {@code messages/label_en.properties}; used as {@code label:level(code)}. A bundle of their own, apart from
 * {@link Messages}: Qute generates a bundle's lookup wrongly past 300 messages (Quarkus 3.33), so no bundle grows that
 * large.
 */
@MessageBundle(value = "label", locale = "vi")
public interface Labels {

    @Message("{#when kind}{#is 'FULL'}Chính thức{#is 'PROBATIONARY'}Dự bị{#else}{kind}{/when}")
    String kind(String kind);

    @Message("{#when status}{#is 'ACTIVE'}Đang sinh hoạt{#is 'EXEMPT'}Miễn sinh hoạt{#is 'TRANSFERRED_OUT'}Đã chuyển đi"
            + "{#is 'DECEASED'}Từ trần{#is 'STRUCK_OFF'}Xóa tên{#is 'EXPELLED'}Khai trừ{#else}{status}{/when}")
    String status(String status);

    @Message("{#when type}{#is 'BLOC_COMMITTEE'}Đảng ủy Khối{#is 'GRASSROOTS_COMMITTEE'}Đảng bộ cơ sở"
            + "{#is 'GRASSROOTS_CELL'}Chi bộ cơ sở{#is 'SUB_COMMITTEE'}Đảng bộ bộ phận{#is 'SUBORDINATE_CELL'}Chi bộ trực thuộc"
            + "{#else}{type}{/when}")
    String type(String type);

    @Message("{#when status}{#is 'ACTIVE'}Đang hoạt động{#is 'DISSOLVED'}Đã giải thể"
            + "{#is 'MERGED'}Đã hợp nhất{#is 'SPLIT'}Đã chia tách"
            + "{#is 'TRANSFERRED_OUT'}Đã chuyển đi{#else}{status}{/when}")
    String organization_status(String status);

    @Message("{#when kind}{#is 'EXECUTIVE_COMMITTEE'}Ban Chấp hành"
            + "{#is 'STANDING_COMMITTEE'}Ban Thường vụ{#is 'CELL_COMMITTEE'}Chi ủy"
            + "{#is 'INSPECTION_COMMITTEE'}Ủy ban Kiểm tra{#else}{kind}{/when}")
    String committee_kind(String kind);

    @Message("{#when kind}{#is 'FOUND'}Thành lập{#is 'UPDATE'}Cập nhật{#is 'MOVE'}Điều chuyển"
            + "{#is 'TRANSFER_OUT'}Chuyển đi{#is 'TRANSFER_IN'}Tiếp nhận{#is 'SPLIT'}Chia tách"
            + "{#is 'MERGE'}Hợp nhất{#is 'DISSOLVE'}Giải thể{#else}{kind}{/when}")
    String change_kind(String kind);

    @Message("{#when degree}{#is 'SECONDARY'}Trung cấp{#is 'COLLEGE'}Cao đẳng{#is 'BACHELOR'}Cử nhân"
            + "{#is 'ENGINEER'}Kỹ sư{#is 'MASTER'}Thạc sĩ{#is 'DOCTOR'}Tiến sĩ{#else}{degree}{/when}")
    String degree(String degree);

    @Message("{#when gender}{#is 'MALE'}Nam{#is 'FEMALE'}Nữ{#else}{gender}{/when}")
    String gender(String gender);

    @Message("{#when level}{#is 'ELEMENTARY'}Sơ cấp{#is 'INTERMEDIATE'}Trung cấp{#is 'ADVANCED'}Cao cấp"
            + "{#is 'BACHELOR'}Cử nhân{#else}{level}{/when}")
    String political_theory(String level);

    @Message("{#when kind}{#is 'ADMITTED'}Kết nạp{#is 'RECOGNISED_FULL'}Công nhận đảng viên chính thức"
            + "{#is 'TRANSFERRED_IN'}Chuyển đến{#is 'MOVED'}Chuyển sinh hoạt"
            + "{#is 'TRANSFERRED_OUT'}Chuyển đi{#is 'DIED'}Từ trần{#is 'STRUCK_OFF'}Xóa tên"
            + "{#is 'EXPELLED'}Khai trừ{#is 'EXEMPTED'}Miễn sinh hoạt"
            + "{#is 'UPDATED'}Cập nhật{#else}{kind}{/when}")
    String event_kind(String kind);

    @Message("{#when status}{#is 'ENROLLED'}Đang học{#is 'COMPLETED'}Hoàn thành"
            + "{#is 'NOT_COMPLETED'}Không hoàn thành{#else}{status}{/when}")
    String enrollment_status(String status);

    @Message("{#when level}{#is 'EXCELLENT'}Hoàn thành xuất sắc nhiệm vụ"
            + "{#is 'GOOD'}Hoàn thành tốt nhiệm vụ{#is 'COMPLETE'}Hoàn thành nhiệm vụ"
            + "{#is 'NOT_COMPLETE'}Không hoàn thành nhiệm vụ{#else}{level}{/when}")
    String level(String level);

    @Message("{#when status}{#is 'SELF_ASSESSED'}Tự đánh giá{#is 'PROPOSED'}Đã đề xuất"
            + "{#is 'DECIDED'}Đã quyết định{#is 'PUBLISHED'}Đã công bố"
            + "{#is 'CANCELLED'}Đã hủy{#else}{status}{/when}")
    String review_status(String status);

    @Message("{#when kind}{#is 'AGENCY'}Cơ quan{#is 'PUBLIC_SERVICE_UNIT'}Đơn vị sự nghiệp công lập"
            + "{#is 'STATE_ENTERPRISE'}Doanh nghiệp nhà nước{#is 'NON_STATE_ENTERPRISE'}Doanh nghiệp ngoài nhà nước"
            + "{#else}{kind}{/when}")
    String host_unit_kind(String kind);

    @Message(
            "{#when entry}{#is 'ADMITTED'}Kết nạp{#is 'TRANSFERRED_IN'}Tiếp nhận từ ngoài Đảng bộ{#else}{entry}{/when}")
    String entry(String entry);

    @Message("{#when step}{#is 'SELF_ASSESSED'}Tự đánh giá{#is 'PROPOSED'}Đề xuất{#is 'DECIDED'}Quyết định"
            + "{#is 'PUBLISHED'}Công bố{#is 'CANCELLED'}Hủy{#else}{step}{/when}")
    String review_step(String step);

    @Message("{#when topic}{#is 'PARTY_WORK'}Nghiệp vụ công tác Đảng"
            + "{#is 'INSPECTION_SUPERVISION'}Kiểm tra, giám sát{#is 'PROPAGANDA'}Tuyên giáo"
            + "{#is 'NEW_COMMITTEE_MEMBER'}Cấp ủy viên mới{#is 'POLITICAL_THEORY'}Lý luận chính trị"
            + "{#is 'OTHER'}Khác{#else}{topic}{/when}")
    String topic(String topic);

    @Message("{#when kind}{#is 'GRASSROOTS_ORGANIZATION'}Tổ chức cơ sở đảng"
            + "{#is 'SUBORDINATE_ORGANIZATION'}Tổ chức đảng trực thuộc{#is 'HOST_UNIT'}Cơ quan, đơn vị"
            + "{#is 'COLLECTIVE_COMMITTEE'}Tập thể cấp ủy{#is 'MEMBER'}Đảng viên"
            + "{#is 'COMMITTEE_MEMBER'}Cấp ủy viên{#else}{kind}{/when}")
    String subject_kind(String kind);

    @Message("{#when metric}{#is 'AT_LEAST_COMPLETE'}hoàn thành nhiệm vụ trở lên"
            + "{#is 'AT_LEAST_GOOD'}hoàn thành tốt nhiệm vụ trở lên"
            + "{#is 'EXCELLENT'}hoàn thành xuất sắc nhiệm vụ{#else}{metric}{/when}")
    String metric(String metric);

    @Message("{#when comparison}{#is 'MORE_THAN'}>{#is 'AT_LEAST'}≥" + "{#is 'AT_MOST'}≤{#else}{comparison}{/when}")
    String comparison(String comparison);

    @Message("{#when status}{#is 'QUEUED'}Đang chờ xử lý{#is 'RUNNING'}Đang xử lý{#is 'DONE'}Đã xong"
            + "{#is 'FAILED'}Không xử lý được{#else}{status}{/when}")
    String job_status(String status);

    @Message("{#when kind}{#is 'SECRETARY'}Bí thư{#is 'DEPUTY_SECRETARY'}Phó Bí thư{#is 'MEMBER'}Ủy viên"
            + "{#is 'CHAIR'}Chủ nhiệm{#is 'VICE_CHAIR'}Phó Chủ nhiệm{#else}{kind}{/when}")
    String position_kind(String kind);

    @Message(
            "{#when status}{#is 'PLANNED'}Trong quy hoạch{#is 'REMOVED'}Đã đưa ra khỏi quy hoạch{#else}{status}{/when}")
    String candidate_status(String status);

    @Message("{#when reason}{#is 'NO_LONGER_MEETS_STANDARD'}Không còn đủ tiêu chuẩn"
            + "{#is 'LOW_CONFIDENCE_VOTE'}Tín nhiệm thấp{#is 'DISCIPLINE'}Bị kỷ luật"
            + "{#is 'REASSIGNED'}Điều động, bố trí công tác khác{#is 'AGE'}Không đủ tuổi công tác trọn nhiệm kỳ"
            + "{#is 'OWN_REQUEST'}Theo nguyện vọng cá nhân{#is 'APPOINTED'}Đã được bổ nhiệm, bầu vào chức danh"
            + "{#is 'OTHER'}Lý do khác{#else}{reason}{/when}")
    String removal_reason(String reason);

    @Message("{#when reason}{#is 'LOW_CONFIDENCE'}Trên một nửa phiếu tín nhiệm thấp"
            + "{#is 'DISMISSAL_PROPOSED'}Từ hai phần ba phiếu tín nhiệm thấp: đề nghị miễn nhiệm"
            + "{#is 'DISCIPLINED'}Bị kỷ luật{#else}{reason}{/when}")
    String candidate_flag(String reason);

    @Message("{#when appointment}{#is 'ELECTED'}Bầu{#is 'APPOINTED'}Chỉ định{#else}{appointment}{/when}")
    String appointment(String appointment);

    @Message("{#when reason}{#is 'TERM_ENDED'}Hết nhiệm kỳ{#is 'REASSIGNMENT'}Điều động, phân công khác"
            + "{#is 'ROTATION'}Luân chuyển{#is 'RESIGNATION'}Xin thôi{#is 'DISCIPLINE'}Kỷ luật"
            + "{#is 'DEATH'}Từ trần{#is 'LEFT_THE_PARTY'}Ra khỏi Đảng{#else}{reason}{/when}")
    String end_reason(String reason);

    @Message(
            "{#when form}{#is 'REPRIMAND'}Khiển trách{#is 'WARNING'}Cảnh cáo{#is 'REMOVAL_FROM_POST'}Cách chức{#is 'EXPULSION'}Khai trừ{#is 'DISSOLUTION'}Giải tán{#else}{form}{/when}")
    String discipline_form(String form);

    @Message(
            "{#when level}{#is 'CELL'}Chi bộ{#is 'SUB_COMMITTEE'}Đảng ủy bộ phận{#is 'GRASSROOTS'}Đảng ủy cơ sở{#is 'BLOC'}Đảng ủy Khối{#is 'PROVINCE'}Tỉnh ủy{#else}{level}{/when}")
    String discipline_level(String level);

    @Message(
            "{#when category}{#is 'POLITICS_ETHICS_LIFESTYLE'}Chính trị, tư tưởng, đạo đức, lối sống{#is 'PARTY_ACTIVITIES'}Sinh hoạt đảng, nhiệm vụ đảng viên{#is 'ASSIGNED_TASKS'}Nhiệm vụ được giao{#is 'CORRUPTION_WASTE'}Tham nhũng, lãng phí, tiêu cực{#is 'OTHER'}Khác{#else}{category}{/when}")
    String discipline_category(String category);

    @Message(
            "{#when outcome}{#is 'UPHELD'}Giữ nguyên{#is 'CHANGED'}Thay đổi hình thức{#is 'ANNULLED'}Xóa bỏ quyết định{#else}{outcome}{/when}")
    String appeal_outcome(String outcome);

    @Message("{#when kind}{#is 'COMPLAINT'}Khiếu nại{#is 'DENUNCIATION'}Tố cáo{#else}{kind}{/when}")
    String complaint_kind(String kind);

    @Message("{#when channel}{#is 'LETTER'}Thư{#is 'IN_PERSON'}Trực tiếp{#is 'EMAIL'}Thư điện tử{#is 'PHONE'}Điện thoại"
            + "{#is 'FORWARDED'}Chuyển đến{#else}{channel}{/when}")
    String complaint_channel(String channel);

    @Message("{#when status}{#is 'RECEIVED'}Đã tiếp nhận{#is 'ACKNOWLEDGED'}Đã thụ lý{#is 'RESOLVED'}Đã giải quyết"
            + "{#else}{status}{/when}")
    String complaint_status(String status);

    @Message("{#when outcome}{#is 'FOUNDED'}Đúng{#is 'PARTLY_FOUNDED'}Đúng một phần{#is 'UNFOUNDED'}Sai"
            + "{#is 'NOT_ACCEPTED'}Không thụ lý{#else}{outcome}{/when}")
    String complaint_outcome(String outcome);

    @Message(
            "{#when status}{#is 'OPEN'}Đang xem xét{#is 'DECIDED'}Đã quyết định{#is 'ANNULLED'}Đã xóa bỏ{#else}{status}{/when}")
    String discipline_status(String status);

    @Message("{#when title}{#is 'ASSOCIATE_PROFESSOR'}Phó Giáo sư{#is 'PROFESSOR'}Giáo sư{#else}{title}{/when}")
    String academic_title(String title);

    @Message("{#when kind}{#is 'CELL'}Chi bộ{#is 'STANDING_COMMITTEE'}Ban Thường vụ"
            + "{#is 'INSPECTION_COMMITTEE'}Ủy ban Kiểm tra{#else}{kind}{/when}")
    String discipline_body(String kind);

    @Message("{#when status}{#is 'PENDING'}Đang giải quyết{#is 'RESOLVED'}Đã giải quyết{#else}{status}{/when}")
    String appeal_status(String status);

    @Message("{#when status}{#is 'PLANNED'}Dự kiến{#is 'OPEN'}Đang ghi danh{#is 'RUNNING'}Đang học"
            + "{#is 'FINISHED'}Đã kết thúc{#is 'CANCELLED'}Đã hủy{#else}{status}{/when}")
    String course_status(String status);

    /** The action that moves a course to {@code status}. */
    @Message("{#when status}{#is 'OPEN'}Mở ghi danh{#is 'RUNNING'}Bắt đầu học{#is 'FINISHED'}Kết thúc khóa học"
            + "{#is 'CANCELLED'}Hủy khóa học{#else}{status}{/when}")
    String course_status_change(String status);

    @Message("{#when format}{#is 'IN_PERSON'}Tập trung{#is 'ONLINE'}Trực tuyến{#else}{format}{/when}")
    String course_format(String format);

    @Message("{#when kind}{#is 'REGULAR'}Thường kỳ{#is 'THEMATIC'}Chuyên đề{#is 'EXTRAORDINARY'}Bất thường"
            + "{#else}{kind}{/when}")
    String meeting_kind(String kind);

    @Message("{#when format}{#is 'IN_PERSON'}Trực tiếp{#is 'ONLINE'}Trực tuyến{#is 'HYBRID'}Kết hợp"
            + "{#else}{format}{/when}")
    String meeting_format(String format);

    @Message("{#when quality}{#is 'GOOD'}Tốt{#is 'FAIR'}Khá{#is 'AVERAGE'}Trung bình{#is 'POOR'}Kém"
            + "{#else}{quality}{/when}")
    String meeting_quality(String quality);

    @Message("{#when status}{#is 'PRESENT'}Có mặt{#is 'ABSENT_WITH_LEAVE'}Vắng có lý do"
            + "{#is 'ABSENT_WITHOUT_LEAVE'}Vắng không có lý do{#else}{status}{/when}")
    String attendance_status(String status);

    @Message("{#when result}{#is 'EXCELLENT'}Xuất sắc{#is 'GOOD'}Giỏi{#is 'FAIR'}Khá{#is 'PASSED'}Đạt"
            + "{#is 'FAILED'}Không đạt{#else}{result}{/when}")
    String completion_result(String result);
}
