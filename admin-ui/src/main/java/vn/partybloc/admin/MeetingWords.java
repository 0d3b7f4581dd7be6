package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a cell's month of meetings as its secretary records them: Vietnamese here, English in
 * {@code messages/meetings_en.properties}; used as {@code meetings:record_month}. A bundle of their own, so that
 * {@link Messages} stays under the 300 messages Qute can look up ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "meetings", locale = "vi")
public interface MeetingWords {

    @Message("Ghi sinh hoạt tháng {month}: {name}")
    String record_month(String month, String name);

    @Message("Ghi sinh hoạt")
    String record();

    @Message("Các buổi đã ghi")
    String recorded();

    @Message("Tháng này chưa ghi buổi sinh hoạt nào.")
    String none_recorded();

    @Message("Xóa buổi {day}")
    String remove(String day);

    @Message("Thêm buổi sinh hoạt")
    String add();

    @Message("Ghi buổi sinh hoạt")
    String save();

    @Message("Chủ đề")
    String topic();

    @Message("Người chủ trì")
    String chair();

    @Message("Thư ký buổi sinh hoạt")
    String meeting_secretary();

    @Message("Số biên bản")
    String minutes_reference();

    @Message("Điểm danh: {count} đảng viên của chi bộ")
    String attendance(int count);

    @Message("Đảng viên")
    String member();

    @Message("Tham dự")
    String status();

    @Message("Lý do vắng")
    String reason();

    @Message("Lý do vắng của {name}")
    String reason_of(String name);

    @Message("Tham dự của {name}")
    String status_of(String name);

    @Message("Tháng này vừa được người khác ghi sau khi trang hiện ra: xem các buổi đã ghi rồi gửi lại.")
    String recorded_since();

    @Message("Tháng")
    String month();

    @Message("Chương trình sinh hoạt")
    String agenda();

    @Message("{#when category}{#is 'POLITICAL_IDEOLOGICAL'}Tư tưởng chính trị"
            + "{#is 'HOST_UNIT_TASKS'}Nhiệm vụ chính trị của cơ quan, đơn vị{#is 'PARTY_BUILDING'}Công tác xây dựng Đảng"
            + "{#is 'OTHER'}Nội dung khác{#else}{category}{/when}")
    String agenda_category(String category);

    @Message("Phần {number}")
    String agenda_category_of(int number);

    @Message("Nội dung {number}")
    String agenda_title_of(int number);

    @Message("Nghị quyết")
    String resolutions();

    @Message("Nghị quyết {number}")
    String resolution_of(int number);

    @Message("Khách mời")
    String guests();

    @Message("Họ tên khách mời {number}")
    String guest_name_of(int number);

    @Message("Chức vụ khách mời {number}")
    String guest_role_of(int number);

    @Message("Họ tên")
    String guest_name();

    @Message("Chức vụ")
    String guest_role();

    @Message("Phần")
    String agenda_part();

    @Message("Nội dung")
    String agenda_title();

    @Message("Tìm đồng chí cấp ủy cấp trên dự")
    String superior_search();

    @Message("Đồng chí cấp ủy cấp trên dự")
    String superiors();
}
