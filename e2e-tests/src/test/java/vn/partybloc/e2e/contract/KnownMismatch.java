package vn.partybloc.e2e.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.regex.Pattern;

/**
 * A kind of mismatch between the document and the services that is known and being fixed elsewhere, tolerated until
 * then. Strict: a known mismatch that no call shows any more fails the suite ({@link Contract#staleKnownMismatches()}),
 * so it is removed as soon as its fix lands.
 *
 * @param pattern found in the text of each innermost validation message it covers
 * @param why what is wrong and where it is being fixed
 */
public record KnownMismatch(Pattern pattern, String why) {

    boolean covers(ValidationReport.Message message) {
        if (!message.getNestedMessages().isEmpty()) {
            return message.getNestedMessages().stream().allMatch(this::covers);
        }
        return pattern.matcher(message.getMessage()).find();
    }
}
