package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the period report (báo cáo định kỳ) the organization department sends up the line: Vietnamese here,
 * English in {@code messages/report_en.properties}; used as {@code report:period_report}. A bundle of their own, so
 * that {@link Messages} stays under the 300 messages Qute can look up ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "report", locale = "vi")
public interface ReportWords {

    @Message("Báo cáo định kỳ")
    String period_report();

    @Message("Biến động tổ chức đảng")
    String structural_changes();

    @Message("Từ ngày")
    String from();

    @Message("Đến ngày")
    String to();

    @Message("Số lượt")
    String changes();

    @Message("Tổ chức đi kèm")
    String carried_along();

    @Message("Tổng số")
    String total();

    @Message("Bổ sung cấp ủy")
    String positions_filled();

    @Message("Lượt bầu, chỉ định")
    String posts();

    @Message("Số người")
    String people();

    @Message("Biến động đảng viên")
    String member_movements();

    @Message("Chuyển đến cùng tổ chức")
    String transferred_in_with_organization();

    @Message("Chuyển đến riêng lẻ")
    String transferred_in_individually();

    @Message("Chuyển đi cùng tổ chức")
    String transferred_out_with_organization();

    @Message("Chuyển đi riêng lẻ")
    String transferred_out_individually();

    @Message("Chuyển sinh hoạt trong phạm vi")
    String moves_within();

    @Message("Chuyển sinh hoạt vào")
    String moves_in();

    @Message("Chuyển sinh hoạt ra")
    String moves_out();

    @Message("Vụ kỷ luật mở trong kỳ")
    String cases_opened();

    @Message("Xem toàn bộ báo cáo")
    String whole_report();
}
