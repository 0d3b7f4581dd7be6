package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of inspection and supervision (kiểm tra, giám sát): the year's plans, their items and conclusions,
 * Vietnamese here, English in {@code messages/inspections_en.properties}; used as {@code inspections:conclude}. A
 * bundle of their own, so that {@link Messages} stays under the 300 messages Qute can look up
 * ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "inspections", locale = "vi")
public interface InspectionWords {

    @Message("Kiểm tra, giám sát")
    String inspection_supervision();

    @Message("Kiểm tra, giám sát năm {year}")
    String of_year(int year);

    @Message("Kết quả thực hiện kế hoạch")
    String report();

    @Message("Kế hoạch")
    String plans();

    @Message("Chưa có kế hoạch nào trong năm")
    String none();

    @Message("Dự kiến")
    String planned();

    @Message("Đã thực hiện")
    String done();

    @Message("Đã hủy")
    String cancelled();

    @Message("{#when activity}{#is 'INSPECTION'}Kiểm tra{#is 'SUPERVISION'}Giám sát{#else}{activity}{/when}")
    String activity(String activity);

    @Message("{#when kind}{#is 'ROUTINE'}Thường xuyên{#is 'THEMATIC'}Chuyên đề{#else}{kind}{/when}")
    String kind(String kind);

    @Message(
            "{#when status}{#is 'PLANNED'}Dự kiến{#is 'DONE'}Đã thực hiện{#is 'CANCELLED'}Đã hủy{#else}{status}{/when}")
    String status(String status);

    @Message("{#when body}{#is 'COMMITTEE'}Cấp ủy{#is 'INSPECTION_COMMITTEE'}Ủy ban Kiểm tra{#else}{body}{/when}")
    String body(String body);

    @Message("Hoạt động")
    String activity_heading();

    @Message("Hình thức")
    String kind_heading();

    @Message("Đối tượng")
    String subject();

    @Message("Nội dung")
    String content();

    @Message("Thời gian")
    String period();

    @Message("Kết luận")
    String conclusion();

    @Message("Kết quả kiểm tra, giám sát")
    String findings();

    @Message("Ngày kết luận")
    String concluded_on();

    @Message("Kết luận nội dung")
    String conclude();

    @Message("Xem năm")
    String show_year();

    @Message("Kế hoạch")
    String plan();

    @Message("Chủ thể")
    String body_heading();

    @Message("Từ ngày")
    String planned_from();

    @Message("Đến ngày")
    String planned_to();
}
