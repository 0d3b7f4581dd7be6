package vn.partybloc.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Qute (Quarkus 3.33) generates a message bundle's lookup wrongly past 300 messages: the console then fails to start
 * with a VerifyError that names no message. This says it plainly instead, before the limit is reached.
 */
class MessageBundlesTest {

    private static final int QUTE_LIMIT = 300;

    @ParameterizedTest
    @ValueSource(
            classes = {
                Messages.class,
                Labels.class,
                DisciplineWords.class,
                CommitteeWords.class,
                MeetingWords.class,
                TrainingWords.class,
                ComplaintWords.class
            })
    void noBundleHoldsMoreMessagesThanQuteCanLookUp(Class<?> bundle) {
        long messages = Arrays.stream(bundle.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .count();
        assertTrue(
                messages <= QUTE_LIMIT,
                bundle.getSimpleName() + " holds " + messages + " messages, over the " + QUTE_LIMIT
                        + " Qute can look up: move a group of them to a bundle of their own, as Labels was");
    }
}
