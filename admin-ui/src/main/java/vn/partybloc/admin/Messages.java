package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The console's words: Vietnamese here, English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "vi")
public interface Messages {

    @Message("vi")
    String lang();

    @Message("Đảng ủy Khối")
    String app_name();

    @Message("Tổng quan")
    String nav_overview();

    @Message("Tổ chức đảng")
    String nav_organizations();

    @Message("Đảng viên")
    String nav_members();

    @Message("Tìm đảng viên theo họ tên")
    String member_search();

    @Message("gõ có dấu hoặc không dấu")
    String member_search_hint();

    @Message("Tìm")
    String search();

    @Message("{count} đảng viên")
    String members_found(String count);

    @Message("Họ và tên")
    String full_name();

    @Message("Ngày sinh")
    String date_of_birth();

    @Message("Loại")
    String membership_kind();

    @Message("Trạng thái")
    String status();

    @Message("Ngày vào Đảng")
    String admitted_on();

    @Message("Các trang")
    String pages();

    @Message("Trang trước")
    String previous();

    @Message("Trang sau")
    String next();

    @Message("{#when kind}{#is 'FULL'}Chính thức{#is 'PROBATIONARY'}Dự bị{#else}{kind}{/when}")
    String kind_label(String kind);

    @Message("{#when status}{#is 'ACTIVE'}Đang sinh hoạt{#is 'EXEMPT'}Miễn sinh hoạt{#is 'TRANSFERRED_OUT'}Đã chuyển đi"
            + "{#is 'DECEASED'}Từ trần{#is 'STRUCK_OFF'}Xóa tên{#is 'EXPELLED'}Khai trừ{#else}{status}{/when}")
    String status_label(String status);

    @Message("Đăng xuất")
    String sign_out();

    @Message("Vai trò")
    String roles();

    @Message("Số liệu ngày")
    String as_of();

    @Message("Xem")
    String show();

    @Message("Tổ chức đảng")
    String organizations();

    @Message("Tổ chức cơ sở đảng")
    String grassroots();

    @Message("Tổng số tổ chức")
    String organizations_total();

    @Message("Đảng viên")
    String members();

    @Message("Tổng số đảng viên")
    String members_total();

    @Message("Cấp ủy viên cơ sở")
    String committee_members();

    @Message("Tiến sĩ")
    String doctors();

    @Message("Thạc sĩ")
    String masters();

    @Message("Nữ")
    String women();

    @Message("Chưa có số liệu ({detail})")
    String section_missing(String detail);

    @Message("Mở rộng {name}")
    String expand(String name);

    @Message("Không có tổ chức trực thuộc")
    String no_children();

    @Message("Cây tổ chức đảng")
    String tree();

    @Message("Không gọi được hệ thống: {detail}")
    String api_problem(String detail);

    @Message("{#when type}{#is 'BLOC_COMMITTEE'}Đảng ủy Khối{#is 'GRASSROOTS_COMMITTEE'}Đảng bộ cơ sở"
            + "{#is 'GRASSROOTS_CELL'}Chi bộ cơ sở{#is 'SUB_COMMITTEE'}Đảng bộ bộ phận{#is 'SUBORDINATE_CELL'}Chi bộ trực thuộc"
            + "{#else}{type}{/when}")
    String type_label(String type);
}
