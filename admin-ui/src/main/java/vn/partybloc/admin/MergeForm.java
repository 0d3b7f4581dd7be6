package vn.partybloc.admin;

import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.MergeRequest;

/** A merge into an existing organization (sáp nhập) as a form's fields, named as the request's: the target, the decision. */
public class MergeForm extends DecisionForm {

    @RestForm
    String targetId;

    static MergeForm blank() {
        MergeForm form = new MergeForm();
        form.newKey();
        return form;
    }

    /** The request merging {@code source} away into the chosen target. */
    MergeRequest request(UUID source) {
        return new MergeRequest()
                .sourceIds(List.of(source))
                .targetId(targetId())
                .decision(decision());
    }

    UUID targetId() {
        return FormFields.id(targetId);
    }

    public String getTargetId() {
        return targetId;
    }
}
