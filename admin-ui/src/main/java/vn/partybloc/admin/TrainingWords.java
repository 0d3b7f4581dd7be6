package vn.partybloc.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of who is overdue for the training of new committee members: Vietnamese here, English in
 * {@code messages/training_en.properties}; used as {@code training:overdue_of}. A bundle of their own, so that
 * {@link Messages} stays under the 300 messages Qute can look up ({@code MessageBundlesTest}).
 */
@MessageBundle(value = "training", locale = "vi")
public interface TrainingWords {

    @Message("Chưa bồi dưỡng quá hạn")
    String overdue();

    @Message("Chưa bồi dưỡng quá hạn: {name}")
    String overdue_of(String name);

    @Message("Danh sách chưa bồi dưỡng quá hạn")
    String overdue_by_name();

    @Message("Ngày nhận chức vụ")
    String seated_on();

    @Message("Hạn bồi dưỡng")
    String due_on();

    @Message("Không có ai quá hạn bồi dưỡng.")
    String none_overdue();
}
