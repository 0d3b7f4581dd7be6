package vn.partybloc.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.MergeRequest;

/**
 * A merge into a new organization (hợp nhất) as a form's fields: the organizations merged with the page's one, the
 * new organization and its parent, and the decision that founds it. The API names the new organization's fields
 * {@code newTarget.*}; the form shows them as a founding's, {@code organization.*}, its parent as {@code parentId}.
 */
public class ConsolidationForm extends NewOrganizationForm {

    /** The API's field names that the form bears under another name, most specific first. */
    static final List<FormProblem.Rename> FIELD_NAMES = List.of(
            new FormProblem.Rename("newTarget.parentId", "parentId"),
            new FormProblem.Rename("newTarget.", "organization."));

    @RestForm
    List<String> sourceIds = new ArrayList<>();

    @RestForm
    String parentId;

    static ConsolidationForm blank() {
        ConsolidationForm form = new ConsolidationForm();
        form.newKey();
        return form;
    }

    /** The merge of the page's organization with the others chosen into the new one. */
    MergeRequest request(UUID organization) {
        List<UUID> sources = new ArrayList<>(List.of(organization));
        otherSources().stream().filter(id -> !id.equals(organization)).forEach(sources::add);
        return new MergeRequest()
                .sourceIds(sources)
                .newTarget(organization(parentId()))
                .decision(decision());
    }

    /** The other organizations chosen; an id that is not one (a form made by hand) is left out. */
    List<UUID> otherSources() {
        return ids(sourceIds);
    }

    /** The ids among {@code texts}, in order; a text that is not one is left out. */
    static List<UUID> ids(List<String> texts) {
        return texts.stream().map(FormFields::id).filter(Objects::nonNull).toList();
    }

    UUID parentId() {
        return FormFields.id(parentId);
    }

    public List<String> getSourceIds() {
        return sourceIds;
    }

    public String getParentId() {
        return parentId;
    }
}
