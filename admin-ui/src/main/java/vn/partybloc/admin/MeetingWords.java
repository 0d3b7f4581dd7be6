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
}
