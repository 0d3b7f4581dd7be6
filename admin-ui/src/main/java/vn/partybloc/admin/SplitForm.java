package vn.partybloc.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.SplitPart;
import vn.partybloc.client.model.SplitRequest;

/**
 * A split as a form's fields: a row a resulting organization (code and name; type and host unit follow the source's),
 * rows left empty ignored, the row each of the source's members goes into (the first unless chosen), and the decision. The API names a row's field
 * {@code into[i].code}, which the row shows beside it.
 */
public class SplitForm extends OrganizationChangeForm {

    /** Rows offered: a split makes two organizations, seldom more. */
    static final int ROWS = 4;

    @RestForm
    List<String> partCode = new ArrayList<>();

    @RestForm
    List<String> partName = new ArrayList<>();

    /** The organization's members, in the order shown. */
    @RestForm
    List<String> memberId = new ArrayList<>();

    /** The row each member goes into, by its number on the page, in the order of {@link #memberId}. */
    @RestForm
    List<String> memberPart = new ArrayList<>();

    /** A row of the form: its number on the page, its place among the parts sent (-1 if empty), what was entered. */
    public record Row(int number, int index, String code, String name) {}

    static SplitForm blank(long version) {
        SplitForm form = new SplitForm();
        form.show(version);
        return form;
    }

    /**
     * The request; only the rows with something entered are parts, in their order, each with the members chosen for
     * it. A member chosen for a row left empty is in no part, so the API puts them into the first.
     */
    SplitRequest request() {
        List<SplitPart> parts = rows().stream()
                .filter(row -> row.index() >= 0)
                .map(row -> new SplitPart()
                        .code(FormFields.text(row.code()))
                        .name(FormFields.text(row.name()))
                        .memberIds(membersOf(row.number())))
                .toList();
        return new SplitRequest().into(parts).decision(decision());
    }

    private List<UUID> membersOf(int rowNumber) {
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < memberId.size(); i++) {
            if (String.valueOf(rowNumber).equals(partAt(i)) && FormFields.id(memberId.get(i)) != null) {
                members.add(FormFields.id(memberId.get(i)));
            }
        }
        return members;
    }

    private String partAt(int member) {
        return member < memberPart.size() ? memberPart.get(member) : "1";
    }

    /** Whether the form puts {@code member} into the row numbered {@code rowNumber}: as sent, or the first on a new form. */
    public boolean goesInto(String member, int rowNumber) {
        int i = memberId.indexOf(member);
        return String.valueOf(rowNumber).equals(i < 0 ? "1" : partAt(i));
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
