package vn.partybloc.admin;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.SplitPart;
import vn.partybloc.client.model.SplitRequest;

/**
 * A split as a form's fields: a row a resulting organization (code and name; type, host unit and members follow the
 * source's, members into the first), rows left empty ignored, and the decision. The API names a row's field
 * {@code into[i].code}, which the row shows beside it.
 */
public class SplitForm extends OrganizationChangeForm {

    /** Rows offered: a split makes two organizations, seldom more. */
    static final int ROWS = 4;

    @RestForm
    List<String> partCode = new ArrayList<>();

    @RestForm
    List<String> partName = new ArrayList<>();

    /** A row of the form: its number on the page, its place among the parts sent (-1 if empty), what was entered. */
    public record Row(int number, int index, String code, String name) {}

    static SplitForm blank(long version) {
        SplitForm form = new SplitForm();
        form.show(version);
        return form;
    }

    /** The request; only the rows with something entered are parts, in their order. */
    SplitRequest request() {
        List<SplitPart> parts = rows().stream()
                .filter(row -> !FormFields.blank(row.code()) || !FormFields.blank(row.name()))
                .map(row -> new SplitPart().code(FormFields.text(row.code())).name(FormFields.text(row.name())))
                .toList();
        return new SplitRequest().into(parts).decision(decision());
    }

    /** The rows as entered, padded to {@link #ROWS}; a row's index is its place among the parts sent. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < Math.max(ROWS, Math.max(partCode.size(), partName.size())); i++) {
            String code = i < partCode.size() ? partCode.get(i) : null;
            String name = i < partName.size() ? partName.get(i) : null;
            boolean entered = !FormFields.blank(code) || !FormFields.blank(name);
            rows.add(new Row(i + 1, entered ? sent++ : -1, code, name));
        }
        return rows;
    }
}
