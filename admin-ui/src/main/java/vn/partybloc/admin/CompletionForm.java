package vn.partybloc.admin;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CompletionItem;
import vn.partybloc.client.model.CompletionRequest;
import vn.partybloc.client.model.CompletionResult;

/**
 * How the course ended for one enrolled member, as a form's fields named as the request's item: the member, the
 * result, the day and the certificate's number.
 */
public class CompletionForm extends KeyedForm {

    @RestForm
    String memberId;

    @RestForm
    String result;

    @RestForm
    String completedOn;

    @RestForm
    String certificateNumber;

    static CompletionForm blank() {
        CompletionForm form = new CompletionForm();
        form.newKey();
        return form;
    }

    /** The request, of one member; the API names a refused field {@code completions[0].…}. */
    CompletionRequest request() {
        return new CompletionRequest()
                .completions(List.of(new CompletionItem()
                        .memberId(FormFields.id(memberId))
                        .result(FormFields.code(result, CompletionResult::fromValue))
                        .completedOn(FormFields.day(completedOn))
                        .certificateNumber(FormFields.text(certificateNumber))));
    }

    public String getMemberId() {
        return memberId;
    }

    public String getResult() {
        return result;
    }

    public String getCompletedOn() {
        return completedOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }
}
