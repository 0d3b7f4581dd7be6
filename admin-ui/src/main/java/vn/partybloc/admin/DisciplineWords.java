package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The discipline pages' words (kỷ luật: the counts, a case, its appeals): Vietnamese here, English in
 * {@code messages/discipline_en.properties}; used as {@code discipline:cases}. A bundle of their own, apart from
 * {@link Messages}, so that no bundle grows past the 300 messages Qute can look up ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "discipline", locale = "vi")
public interface DisciplineWords {

    @Message("Kỷ luật năm {year}: {name}")
    String discipline_of(String name, Integer year);

    @Message("Vụ việc")
    String cases();

    @Message("Mở trong năm")
    String cases_opened();

    @Message("Đã quyết định kỷ luật")
    String cases_decided();

    @Message("Chưa quyết định đến cuối kỳ")
    String cases_open_at_end();

    @Message("Khiếu nại kỷ luật đã nhận")
    String appeals_lodged();

    @Message("Theo hình thức")
    String by_form();

    @Message("Theo cấp quyết định")
    String by_deciding_level();

    @Message("Theo nội dung vi phạm")
    String by_category();

    @Message("Khiếu nại kỷ luật đã giải quyết")
    String appeals_resolved();

    @Message("Khiếu nại, tố cáo")
    String complaints();

    @Message("Đã nhận")
    String complaints_received();

    @Message("Đã giải quyết")
    String complaints_resolved();

    @Message("Quá hạn chưa giải quyết")
    String complaints_overdue();

    @Message("Vụ việc kỷ luật đảng viên mở trong năm")
    String cases_of_members();

    @Message("Ngày mở")
    String opened_on();

    @Message("Nội dung vi phạm")
    String violation_category();

    @Message("Hình thức")
    String discipline_form();

    @Message("Vụ việc kỷ luật")
    String discipline_case();

    @Message("Ngày vi phạm")
    String violated_on();

    @Message("Cơ quan xem xét")
    String discipline_body();

    @Message("Của tổ chức")
    String body_organization();

    @Message("Cấp")
    String body_level();

    @Message("Quyết định kỷ luật")
    String decide_discipline();

    @Message("Chức vụ bị cách chức")
    String removed_post();

    @Message("Không giữ chức vụ nào")
    String no_post_held();

    @Message("Tự phát hiện và khắc phục")
    String self_remedied();

    @Message("Tỉnh ủy (cấp trên Đảng ủy Khối)")
    String province();

    @Message("Khiếu nại kỷ luật")
    String appeals();

    @Message("Khiếu nại quyết định kỷ luật")
    String lodge_appeal();

    @Message("Ngày nhận quyết định")
    String decision_received_on();

    @Message("Ngày khiếu nại")
    String lodged_on();

    @Message("Cơ quan giải quyết")
    String appeal_body();

    @Message("Giải quyết khiếu nại")
    String resolve_appeal();

    @Message("Kết quả giải quyết")
    String appeal_outcome();

    @Message("Hình thức mới")
    String new_form();

    @Message("Ngày giải quyết")
    String resolved_on();

    @Message("Vụ việc kỷ luật tổ chức đảng mở trong năm")
    String cases_of_organizations();

    @Message("Xem xét kỷ luật tổ chức đảng")
    String consider_organization_discipline();

    @Message("Vụ việc kỷ luật tổ chức đảng")
    String organization_case();

    @Message("Giải tán ngày")
    String dissolved_on();
}
