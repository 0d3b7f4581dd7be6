package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of complaints and denunciations (khiếu nại, tố cáo) as the inspection side receives, takes up and resolves
 * them: Vietnamese here, English in {@code messages/complaints_en.properties}; used as {@code complaints:receive}. A
 * bundle of their own, so that {@link Messages} stays under the 300 messages Qute can look up
 * ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "complaints", locale = "vi")
public interface ComplaintWords {

    @Message("Đơn thư khiếu nại, tố cáo: {name}")
    String complaints_of(String name);

    @Message("Đơn thư")
    String complaints();

    @Message("Đơn thư khiếu nại, tố cáo")
    String complaint();

    @Message("Tiếp nhận đơn thư")
    String receive();

    @Message("Loại đơn")
    String kind();

    @Message("Ngày nhận")
    String received_on();

    @Message("Hình thức nhận")
    String channel();

    @Message("Đối tượng")
    String subject();

    @Message("Tổ chức đảng này")
    String this_organization();

    @Message("Một đảng viên (chọn dưới đây)")
    String a_member();

    @Message("Nội dung đơn")
    String content();

    @Message("Người gửi (để trống nếu nặc danh)")
    String complainant_name();

    @Message("Địa chỉ, điện thoại của người gửi")
    String complainant_contact();

    @Message("Ủy ban Kiểm tra giải quyết, của tổ chức")
    String assigned_organization();

    @Message("Hạn thụ lý")
    String acknowledge_by();

    @Message("Hạn giải quyết")
    String resolve_by();

    @Message("Thụ lý")
    String acknowledge();

    @Message("Ngày thụ lý")
    String acknowledged_on();

    @Message("Giải quyết đơn thư")
    String resolve();

    @Message("Kết quả")
    String outcome();

    @Message("Kết luận")
    String conclusion();

    @Message("Ngày giải quyết")
    String resolved_on();

    @Message("Chưa có đơn thư nào.")
    String none();
}
