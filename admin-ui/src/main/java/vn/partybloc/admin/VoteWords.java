package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of confidence votes (lấy phiếu tín nhiệm, QĐ 96-QĐ/TW, domain rule 12): Vietnamese here, English in
 * {@code messages/votes_en.properties}; used as {@code votes:record}. A bundle of their own, so that {@link Messages}
 * stays under the 300 messages Qute can look up ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "votes", locale = "vi")
public interface VoteWords {

    @Message("Lấy phiếu tín nhiệm")
    String confidence_votes();

    @Message("Ghi nhận kết quả lấy phiếu")
    String record();

    @Message("Chưa có lần lấy phiếu nào")
    String none();

    @Message("Người được lấy phiếu")
    String voted_on_whom();

    @Message("Hội nghị lấy phiếu")
    String body();

    @Message("Ngày lấy phiếu")
    String voted_on();

    @Message("Số người được triệu tập")
    String summoned();

    @Message("Số người có mặt")
    String present();

    @Message("Có mặt {present}/{summoned}")
    String attendance(Integer present, Integer summoned);

    @Message("Hợp lệ")
    String valid();

    @Message("Không hợp lệ: dưới hai phần ba số người được triệu tập có mặt")
    String not_valid();

    @Message("Ghi chú")
    String note();

    @Message("Chức vụ")
    String position_title();

    @Message("Phiếu phát ra")
    String ballots_issued();

    @Message("Phiếu thu về")
    String ballots_returned();

    @Message("Phiếu hợp lệ")
    String valid_ballots();

    @Message("Phiếu không hợp lệ")
    String invalid_ballots();

    @Message("Tín nhiệm cao")
    String high();

    @Message("Tín nhiệm")
    String trust();

    @Message("Tín nhiệm thấp")
    String low();

    @Message("Kết quả")
    String flag_heading();

    @Message("{#when flag}{#is 'REMOVE_FROM_PLANNING'}Trên một nửa tín nhiệm thấp: đưa ra khỏi quy hoạch, xem xét"
            + "{#is 'DISMISSAL'}Từ hai phần ba tín nhiệm thấp: xem xét cho thôi chức vụ{#else}–{/when}")
    String flag(String flag);

    @Message(
            "Mỗi dòng là một người được lấy phiếu, điền sẵn từ các cấp ủy viên đương nhiệm của tổ chức; dòng để trống số phiếu thì không gửi.")
    String rows_hint();

    @Message("Lấy phiếu tín nhiệm: {name}")
    String confidence_votes_of(String name);
}
