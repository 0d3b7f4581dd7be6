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

    @Message("Cấp trên")
    String above();

    @Message("Mã")
    String code();

    @Message("Loại hình")
    String organization_type();

    @Message("từ {day}")
    String since(String day);

    @Message("Ngày thành lập")
    String founded_on();

    @Message("Quyết định")
    String decision();

    @Message("Đảng viên của {name}")
    String members_of(String name);

    @Message("Lịch sử thay đổi tổ chức")
    String structural_changes();

    @Message("Thay đổi")
    String change();

    @Message("Ngày hiệu lực")
    String effective_date();

    @Message("Ngày quyết định")
    String decision_date();

    @Message("Không xem được phần này ({detail})")
    String part_missing(String detail);

    @Message("Nhiệm kỳ")
    String terms();

    @Message("Nhiệm kỳ")
    String term();

    @Message("Ngày đại hội")
    String congress_date();

    @Message("Không có")
    String none();

    @Message("Cấp ủy")
    String committees();

    @Message("Cấp ủy")
    String committee();

    @Message("trong {name}")
    String within(String name);

    @Message("Tất cả")
    String any();

    @Message("Trình độ chuyên môn")
    String degree();

    @Message("Giới tính")
    String gender();

    @Message("Dân tộc")
    String ethnicity();

    @Message("Quê quán")
    String hometown();

    @Message("Số thẻ đảng viên")
    String party_card();

    @Message("Tổ chức đảng")
    String organization();

    @Message("dự bị đến {day}")
    String probation_ends(String day);

    @Message("Ngày chính thức")
    String full_member_since();

    @Message("Lý luận chính trị")
    String political_theory();

    @Message("Chức vụ")
    String job_title();

    @Message("Quá trình sinh hoạt đảng")
    String member_history();

    @Message("Sự kiện")
    String event();

    @Message("Ngày")
    String occurred_on();

    @Message("Ghi chú")
    String note();

    @Message("Bồi dưỡng")
    String training();

    @Message("Khóa học")
    String course();

    @Message("Ngày kết thúc")
    String course_ends();

    @Message("Kết quả")
    String enrollment_status();

    @Message("Xếp loại chất lượng")
    String ratings();

    @Message("Mức xếp loại")
    String rating();

    @Message("Bước")
    String review_status();

    @Message("Chuyển sinh hoạt")
    String move_member();

    @Message("Chi bộ chuyển đến")
    String move_to();

    @Message("Tìm chi bộ chuyển đến")
    String cell_search();

    @Message("gõ tên chi bộ")
    String cell_search_hint();

    @Message("Gõ tên để tìm chi bộ")
    String no_cells();

    @Message("Ngày chuyển")
    String move_date();

    @Message("Số quyết định")
    String decision_number();

    @Message("Hủy")
    String cancel();

    @Message("Ghi giảm đảng viên")
    String record_departure();

    @Message("Hình thức")
    String departure_kind();

    @Message("Ngày giảm")
    String departure_date();

    @Message("Đảng viên ra khỏi danh sách của Đảng bộ từ ngày này; các chức vụ trong cấp ủy của họ kết thúc cùng ngày.")
    String departure_ends_positions();

    @Message("Điều chuyển")
    String move_organization();

    @Message("Tổ chức chuyển sang cấp trên mới cùng các tổ chức trực thuộc và đảng viên của nó.")
    String move_organization_with_subtree();

    @Message("Tìm cấp trên mới")
    String parent_search();

    @Message("gõ tên đảng bộ")
    String parent_search_hint();

    @Message("Cấp trên mới")
    String new_parent();

    @Message("Gõ tên để tìm đảng bộ cấp trên")
    String no_parents();

    @Message("Thành lập tổ chức đảng")
    String found_organization();

    @Message("trực thuộc {name}")
    String under(String name);

    @Message("Tổ chức mới")
    String new_organization();

    @Message("Tên tổ chức")
    String organization_name();

    @Message("Sinh hoạt trực tuyến")
    String meets_online();

    @Message("Cơ quan, đơn vị")
    String host_unit();

    @Message("Tên cơ quan, đơn vị")
    String host_unit_name();

    @Message("Loại hình cơ quan, đơn vị")
    String host_unit_kind();

    @Message("Kết nạp đảng viên")
    String admit_member();

    @Message("Thông tin cá nhân")
    String personal_details();

    @Message("Tên khai sinh")
    String birth_name();

    @Message("Số định danh cá nhân")
    String national_id();

    @Message("Tôn giáo")
    String religion();

    @Message("Vào Đảng")
    String admission();

    @Message("Hình thức")
    String entry();

    @Message("Ngày tiếp nhận")
    String received_on();

    @Message("Chuyển từ tổ chức đảng")
    String origin();

    @Message("Đánh giá, xếp loại")
    String review();

    @Message("Tự đánh giá")
    String self_assessment();

    @Message("Đề xuất")
    String proposal();

    @Message("Điểm")
    String score();

    @Message("Ngày công bố")
    String published_on();

    @Message("Đề xuất xếp loại")
    String propose_rating();

    @Message("Quyết định xếp loại")
    String decide_rating();

    @Message("Công bố kết quả")
    String publish_rating();

    @Message("Quá trình đánh giá")
    String review_history();

    @Message("Ngày")
    String acted_at();

    @Message("Người thực hiện")
    String acted_by();

    @Message("Không rõ đối tượng cần tự đánh giá: hãy mở từ danh sách đối tượng chưa xếp loại.")
    String no_subject_to_assess();

    @Message("Tự đánh giá")
    String assess();

    @Message("Công nhận đảng viên chính thức")
    String recognise_full_member();

    @Message("Miễn sinh hoạt đảng")
    String exempt_member();

    @Message("Kể từ ngày")
    String from_day();

    @Message("Lý do (tuổi cao, sức khỏe…)")
    String exemption_reason();

    @Message("Xếp loại lại")
    String re_rate();

    @Message("Xếp loại đã quyết định được hủy với lý do dưới đây và quyết định lại; cả hai còn lại trong hồ sơ.")
    String re_rate_keeps_trail();

    @Message("Hiện xếp loại: {level}.")
    String rated_now(String level);

    @Message("Lý do hủy xếp loại")
    String re_rate_reason();

    @Message("Xếp loại này thay cho một xếp loại đã hủy")
    String replaces_review();

    @Message("Đã hủy: {reason}")
    String cancelled_because(String reason);

    @Message("Chuyển giao ra ngoài Khối")
    String transfer_out();

    @Message("Tổ chức được chuyển giao cùng các tổ chức trực thuộc và đảng viên của nó; tất cả ra khỏi Đảng bộ Khối.")
    String transfer_out_with_subtree();

    @Message("Cấp ủy cấp trên tiếp nhận")
    String destination();

    @Message("Sáp nhập")
    String merge();

    @Message(
            "Tổ chức này thôi hoạt động; các tổ chức trực thuộc đang hoạt động của nó chuyển sang tổ chức nhận sáp nhập.")
    String merge_moves_children();

    @Message("Tìm tổ chức nhận sáp nhập")
    String target_search();

    @Message("gõ tên tổ chức")
    String target_search_hint();

    @Message("Sáp nhập vào")
    String merge_into();

    @Message("Gõ tên để tìm tổ chức nhận sáp nhập")
    String no_targets();

    @Message("Hợp nhất")
    String consolidate();

    @Message("Tổ chức này và các tổ chức được chọn thôi hoạt động; một tổ chức mới được thành lập theo cùng quyết định,"
            + " các tổ chức trực thuộc đang hoạt động của chúng chuyển sang tổ chức mới.")
    String consolidation_founds_target();

    @Message("Tìm tổ chức cùng hợp nhất")
    String partner_search();

    @Message("Hợp nhất cùng")
    String consolidate_with();

    @Message("Gõ tên để tìm tổ chức cùng hợp nhất")
    String no_partners();

    @Message("Tìm cấp trên của tổ chức mới")
    String new_organization_parent_search();

    @Message("Cấp trên của tổ chức mới")
    String new_organization_parent();

    @Message("Chia tách")
    String split();

    @Message(
            "Tổ chức này thôi hoạt động; các tổ chức mới được lập dưới cùng cấp trên, mỗi đảng viên của nó chuyển sang tổ chức được chọn cho mình (tổ chức thứ nhất nếu không chọn, hoặc nếu chọn một dòng để trống).")
    String split_members_into_first();

    @Message("Các tổ chức mới")
    String split_into();

    @Message("Tổ chức {number}")
    String split_part(int number);

    @Message("Tìm chi bộ")
    String cell_search_any();

    @Message("Trình độ")
    String education();

    @Message("Tải bảng tính (XLSX)")
    String download_spreadsheet();

    @Message("Các tổ chức đảng trực thuộc {name} ngày {day}")
    String subtree_of(String name, String day);

    @Message("Trực thuộc")
    String directly_under();

    @Message("Cấp dưới thứ")
    String levels_below();

    @Message("Bồi dưỡng theo chuyên đề")
    String training_by_topic();

    @Message("Chuyên đề")
    String topic();

    @Message("Số lớp")
    String courses();

    @Message("Số đồng chí")
    String attendees();

    @Message("Tất cả chuyên đề")
    String all_topics();

    @Message("Xếp loại so với chỉ tiêu")
    String ratings_against_targets();

    @Message("Đối tượng, mức")
    String rated();

    @Message("Chỉ tiêu")
    String target();

    @Message("Đạt được")
    String reached();

    @Message("Kết quả")
    String met();

    @Message("Đạt")
    String met_yes();

    @Message("Chưa đạt")
    String met_no();

    @Message("Chỉ tiêu thống kê")
    String figure();

    @Message("Số liệu")
    String value();

    @Message("Nhập đảng viên từ tệp CSV")
    String import_members();

    @Message("Tệp CSV")
    String csv_file();

    @Message(
            "Mỗi dòng là một đảng viên; dòng đầu là tên các trường như API nhận (fullName, dateOfBirth, gender, nationalId, admittedOn, organizationId, …); đảng viên đã có được cập nhật theo số định danh.")
    String csv_hint();

    @Message("Gửi tệp")
    String send_file();

    @Message("Hãy chọn một tệp CSV.")
    String choose_file();

    @Message("Lần nhập đảng viên")
    String import_job();

    @Message("Nhập tệp khác")
    String import_another();

    @Message("Thêm mới")
    String rows_created();

    @Message("Cập nhật")
    String rows_updated();

    @Message("Không đổi")
    String rows_unchanged();

    @Message("Bị từ chối")
    String rows_failed();

    @Message("Các dòng bị từ chối (không thay đổi gì)")
    String row_errors();

    @Message("Dòng")
    String row();

    @Message("Trường")
    String field();

    @Message("Lý do")
    String reason();

    @Message("Nhập từ tệp")
    String import_file();

    @Message("Đã xử lý {processed}/{total} dòng")
    String rows_processed(String processed, String total);

    @Message("Giải thể")
    String dissolve();

    @Message("Các chức vụ trong cấp ủy")
    String positions();

    @Message("Chức vụ")
    String position();

    @Message("Hình thức")
    String appointment();

    @Message("Từ ngày")
    String starts_on();

    @Message("Đến ngày")
    String ends_on();

    @Message("Thao tác")
    String actions();

    @Message("Kết thúc chức vụ")
    String end_position();

    @Message("Lý do kết thúc")
    String end_reason();

    @Message("Tệp không phải UTF-8: hãy lưu lại dưới dạng CSV UTF-8 rồi gửi lại.")
    String not_utf8();

    @Message("Bầu, chỉ định vào cấp ủy")
    String start_position();

    @Message("Gõ tên để tìm đảng viên")
    String no_members_chosen();

    @Message("Sinh hoạt chi bộ")
    String cell_meetings();

    @Message("Sinh hoạt chi bộ: {name}")
    String meetings_of(String name);

    @Message("Từ tháng")
    String from_month();

    @Message("Đến tháng")
    String to_month();

    @Message("Chi bộ sinh hoạt đủ hằng tháng")
    String cells_meeting_every_month();

    @Message("Tháng không sinh hoạt thường kỳ (chi bộ × tháng)")
    String cell_months_without_regular_meeting();

    @Message("Số buổi sinh hoạt")
    String meetings_held();

    @Message("Trực tuyến hoặc kết hợp")
    String online_or_hybrid();

    @Message("Tỷ lệ dự họp")
    String attendance_rate();

    @Message("Chi bộ có cấp ủy viên phụ trách dự họp")
    String cells_attended_by_follower();

    @Message("Các chi bộ, thiếu nhiều nhất trước")
    String cells_most_missed_first();

    @Message("Chi bộ")
    String cell();

    @Message("Thường kỳ / chuyên đề")
    String meetings_regular_thematic();

    @Message("Tháng không sinh hoạt thường kỳ")
    String months_without_regular_meeting();

    @Message("Quý thiếu sinh hoạt chuyên đề")
    String quarters_short_of_thematic();

    @Message("Buổi cấp ủy viên phụ trách dự")
    String attended_by_follower();

    @Message("Đảng viên vắng không lý do 3 tháng trong năm")
    String members_absent_without_leave();

    @Message("Năm")
    String year();

    @Message("Tháng vắng không lý do")
    String months_absent();

    @Message("Bồi dưỡng: {name}")
    String training_of(String name);

    @Message("Bồi dưỡng cấp ủy viên mới")
    String new_committee_members_training();

    @Message("Đã đến hạn")
    String obligations_due();

    @Message("Đã bồi dưỡng")
    String obligations_fulfilled();

    @Message("đúng hạn")
    String on_time();

    @Message("Quá hạn, chưa bồi dưỡng")
    String obligations_overdue();

    @Message("Chưa đến hạn")
    String obligations_open();

    @Message("Thôi giữ chức trước hạn")
    String obligations_closed();

    @Message("Tỷ lệ đã bồi dưỡng / chỉ tiêu")
    String share_trained();

    @Message("Tỷ lệ đã bồi dưỡng")
    String trained_share();

    @Message("Đánh giá, xếp loại")
    String evaluation();

    @Message("Đánh giá, xếp loại năm {year}: {name}")
    String evaluation_of(String name, Integer year);

    @Message("Năm đánh giá")
    String review_year();

    @Message("Năm gần nhất đã xếp loại")
    String latest_rated_year();

    @Message("Xếp loại quyết định đến ngày")
    String ratings_decided_by();

    @Message("Quy định áp dụng")
    String rule_set();

    @Message("Kết quả xếp loại theo đối tượng")
    String ratings_by_subject();

    @Message("Đối tượng")
    String subject();

    @Message("Phải xếp loại")
    String to_be_rated();

    @Message("Chưa xếp loại")
    String not_rated();

    @Message("Tỷ lệ hoàn thành xuất sắc nhiệm vụ")
    String excellent_cap();

    @Message(
            "Mỗi tổ chức cơ sở đảng xếp loại hoàn thành xuất sắc nhiệm vụ không quá {percent} số được xếp loại hoàn thành tốt nhiệm vụ trở lên.")
    String excellent_cap_rule(String percent);

    @Message("Đã kiểm tra {count} tổ chức cơ sở đảng.")
    String organizations_checked(String count);

    @Message("Nơi vượt tỷ lệ")
    String cap_exceeded_in();

    @Message("Xuất sắc tối đa được phép")
    String allowed_excellent();

    @Message("Quy định áp dụng không đặt tỷ lệ tối đa.")
    String no_excellent_cap();

    @Message("Chưa được xếp loại")
    String not_rated_yet();

    @Message("Tên")
    String subject_name();

    @Message("Chỉ liệt kê {count} đối tượng đầu tiên.")
    String first_listed(String count);

    @Message("Chưa mở kỳ đánh giá năm {year}.")
    String no_review_cycle(Integer year);

    @Message("Kỷ luật")
    String discipline();

    @Message("Năm phải từ {from} đến {to}.")
    String year_out_of_range(int from, int to);

    @Message("Sinh hoạt thường kỳ")
    String regular_meetings();

    @Message("Sinh hoạt chuyên đề")
    String thematic_meetings();

    @Message("Sửa thông tin")
    String edit_member_details();

    @Message("Lưu")
    String save_details();

    @Message("Số lý lịch")
    String dossier_number();

    @Message("Giáo dục phổ thông")
    String general_education();

    @Message("Học hàm")
    String academic_title();

    @Message("Quản lý nhà nước")
    String state_management();

    @Message("Ngoại ngữ")
    String foreign_language();

    @Message("Tin học")
    String it_skill();

    @Message("Là người đứng đầu cơ quan, đơn vị")
    String heads_host_unit();

    @Message("Xem xét kỷ luật")
    String consider_discipline();

    @Message("Hành vi vi phạm")
    String violation();

    @Message("không đọc được câu trả lời của hệ thống; hãy thử lại sau.")
    String unreadable_answer();

    @Message("hệ thống không trả lời được (mã {status}); hãy thử lại sau.")
    String no_answer(int status);

    @Message("Khóa bồi dưỡng")
    String training_courses();

    @Message("Ngày bắt đầu")
    String course_starts();

    @Message("Hình thức học")
    String course_format();

    @Message("Địa điểm")
    String place();

    @Message("Số học viên tối đa")
    String capacity();

    @Message("Học viên")
    String enrolments();

    @Message("Ghi danh học viên")
    String enrol_member();

    @Message("Lên lịch khóa bồi dưỡng")
    String schedule_course();

    @Message("Tên khóa bồi dưỡng")
    String course_title();

    @Message("Các buổi sinh hoạt: {name}")
    String meetings_month_by_month(String name);

    @Message("Ngày họp")
    String held_on();

    @Message("Loại buổi sinh hoạt")
    String kind_of_meeting();

    @Message("Hình thức họp")
    String form_of_meeting();

    @Message("Chất lượng")
    String quality_of_meeting();

    @Message("Có mặt")
    String present();

    @Message("Vắng có phép")
    String absent_with_leave();

    @Message("Vắng không phép")
    String absent_without_leave();

    @Message("Không có buổi sinh hoạt nào")
    String no_meeting_in_month();

    @Message("Chuyển trạng thái")
    String change_course_status();

    @Message("Hủy khóa học này?")
    String confirm_course_cancel();

    @Message("Khóa học đã hủy thì không chuyển sang trạng thái nào khác được nữa.")
    String course_cancel_is_final();

    @Message("Không hủy")
    String keep_course();

    @Message("Sửa thông tin khóa học")
    String edit_course();

    @Message("Ghi kết quả học tập")
    String record_result();

    @Message("Xếp loại kết quả")
    String completion_result();

    @Message("Ngày hoàn thành")
    String completed_on();

    @Message("Số chứng chỉ")
    String certificate_number();

    @Message("Học viên")
    String enrolled_member();
}
