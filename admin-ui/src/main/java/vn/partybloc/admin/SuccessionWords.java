package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of succession planning (quy hoạch cán bộ: the members planned for a committee's positions in a coming
 * term, reported against the shares of women and young people, domain rule 13): Vietnamese here, English in
 * {@code messages/succession_en.properties}; used as {@code succession:plans}. A bundle of their own, so that
 * {@link Messages} stays under the 300 messages Qute can look up ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "succession", locale = "vi")
public interface SuccessionWords {

    @Message("Quy hoạch cán bộ")
    String plans();

    @Message("Quy hoạch cán bộ của {name}")
    String plans_of(String name);

    @Message("Nhiệm kỳ bắt đầu năm")
    String term_start_year();

    @Message("Mọi nhiệm kỳ")
    String every_term();

    @Message("Chưa có quy hoạch nào")
    String none();

    @Message("Lập quy hoạch")
    String create();

    @Message("Cấp ủy")
    String committee_kind();

    @Message("Chức danh quy hoạch")
    String position();

    @Message("Trong quy hoạch")
    String planned();

    @Message("Nữ")
    String women();

    @Message("Trẻ")
    String young();

    @Message("Tỷ lệ nữ")
    String women_share();

    @Message("Tỷ lệ trẻ (dưới {age} tuổi)")
    String young_share(Integer age);

    @Message("Cần xem xét")
    String flagged();

    @Message("Đã đưa ra")
    String removed();

    @Message("Toàn bộ")
    String total();

    @Message("Chỉ tiêu: nữ từ {women}, trẻ từ {young} (báo cáo, không bắt buộc)")
    String targets(String women, String young);

    @Message("Tỷ lệ nữ so với chỉ tiêu")
    String women_target();

    @Message("Tỷ lệ trẻ so với chỉ tiêu")
    String young_target();

    @Message("{committee}: {position}, nhiệm kỳ {from}–{to}")
    String plan_title(String committee, String position, Integer from, Integer to);

    @Message("Nhân sự quy hoạch")
    String candidates();

    @Message("Ngày đưa vào")
    String added_on();

    @Message("Ngày đưa ra")
    String removed_on();

    @Message("Lưu ý")
    String flags();

    @Message("Đưa vào quy hoạch")
    String add();

    @Message("Đưa ra khỏi quy hoạch")
    String remove();

    @Message("Người được quy hoạch")
    String candidate();

    @Message("Hãy chọn người được đưa ra khỏi quy hoạch")
    String choose_candidate();
}
