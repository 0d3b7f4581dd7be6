package vn.partybloc.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.ConfidenceVoteBallots;
import vn.partybloc.client.model.ConfidenceVoteRequest;

/**
 * A confidence vote as a form's fields: the session (body, day, summoned, present, note) and a row a person voted on,
 * with their ballots; a row whose ballots are left empty is not sent. The API names a row's field
 * {@code results[i].low}, {@code i} its place among the rows sent, which the row shows beside it.
 */
public class ConfidenceVoteForm extends KeyedForm {

    @RestForm
    String body;

    @RestForm
    String votedOn;

    @RestForm
    String summoned;

    @RestForm
    String present;

    @RestForm
    String note;

    @RestForm
    List<String> memberId = new ArrayList<>();

    /** The person's name, kept with the row so that a refused form shows it again without reading them again. */
    @RestForm
    List<String> memberName = new ArrayList<>();

    @RestForm
    List<String> positionTitle = new ArrayList<>();

    @RestForm
    List<String> ballotsIssued = new ArrayList<>();

    @RestForm
    List<String> ballotsReturned = new ArrayList<>();

    @RestForm
    List<String> validBallots = new ArrayList<>();

    @RestForm
    List<String> invalidBallots = new ArrayList<>();

    @RestForm
    List<String> high = new ArrayList<>();

    @RestForm
    List<String> trust = new ArrayList<>();

    @RestForm
    List<String> low = new ArrayList<>();

    /** A person voted on as offered before the vote: their id, name and post. */
    record Person(UUID memberId, String name, String positionTitle) {}

    /**
     * A row of the form: its number on the page, its place among the rows sent (-1 if its ballots are empty), what was
     * entered.
     */
    public record Row(
            int number,
            int index,
            String memberId,
            String memberName,
            String positionTitle,
            String ballotsIssued,
            String ballotsReturned,
            String validBallots,
            String invalidBallots,
            String high,
            String trust,
            String low) {}

    /** A blank form for a vote held {@code today}, a row for each of {@code people}. */
    static ConfidenceVoteForm blank(String today, List<Person> people) {
        ConfidenceVoteForm form = new ConfidenceVoteForm();
        form.newKey();
        form.votedOn = today;
        for (Person person : people) {
            form.memberId.add(person.memberId().toString());
            form.memberName.add(person.name());
            form.positionTitle.add(person.positionTitle());
        }
        return form;
    }

    /** The request for {@code organization}: the rows with ballots entered, in their order. */
    ConfidenceVoteRequest request(UUID organization) {
        List<ConfidenceVoteBallots> results = rows().stream()
                .filter(row -> row.index() >= 0)
                .map(row -> new ConfidenceVoteBallots()
                        .memberId(FormFields.id(row.memberId()))
                        .positionTitle(FormFields.text(row.positionTitle()))
                        .ballotsIssued(FormFields.whole(row.ballotsIssued()))
                        .ballotsReturned(FormFields.whole(row.ballotsReturned()))
                        .validBallots(FormFields.whole(row.validBallots()))
                        .invalidBallots(FormFields.whole(row.invalidBallots()))
                        .high(FormFields.whole(row.high()))
                        .trust(FormFields.whole(row.trust()))
                        .low(FormFields.whole(row.low())))
                .toList();
        return new ConfidenceVoteRequest()
                .organizationId(organization)
                .body(FormFields.text(body))
                .votedOn(FormFields.day(votedOn))
                .summoned(FormFields.whole(summoned))
                .present(FormFields.whole(present))
                .note(FormFields.text(note))
                .results(results);
    }

    /** The rows as entered; a row's index is its place among the rows sent. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < memberId.size(); i++) {
            rows.add(new Row(
                    i + 1,
                    entered(i) ? sent++ : -1,
                    memberId.get(i),
                    at(memberName, i),
                    at(positionTitle, i),
                    at(ballotsIssued, i),
                    at(ballotsReturned, i),
                    at(validBallots, i),
                    at(invalidBallots, i),
                    at(high, i),
                    at(trust, i),
                    at(low, i)));
        }
        return rows;
    }

    /** Whether any of the row's ballots is entered. */
    private boolean entered(int row) {
        return Stream.of(ballotsIssued, ballotsReturned, validBallots, invalidBallots, high, trust, low)
                .anyMatch(counts -> !FormFields.blank(at(counts, row)));
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    public String getBody() {
        return body;
    }

    public String getVotedOn() {
        return votedOn;
    }

    public String getSummoned() {
        return summoned;
    }

    public String getPresent() {
        return present;
    }

    public String getNote() {
        return note;
    }
}
