package vn.partybloc.admin;

import java.util.List;
import vn.partybloc.client.model.AcademicTitle;
import vn.partybloc.client.model.Degree;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.MemberEntry;
import vn.partybloc.client.model.PoliticalTheory;

/** The lists a member's forms choose from, in the API's order, in the page's language. */
public record MemberChoices(
        List<Option> genders,
        List<Option> entries,
        List<Option> degrees,
        List<Option> academicTitles,
        List<Option> politicalTheories) {

    static MemberChoices in(Labels labels) {
        return new MemberChoices(
                Option.of(List.of(Gender.values()), labels::gender),
                Option.of(List.of(MemberEntry.values()), labels::entry),
                Option.of(List.of(Degree.values()), labels::degree),
                Option.of(List.of(AcademicTitle.values()), labels::academic_title),
                Option.of(List.of(PoliticalTheory.values()), labels::political_theory));
    }
}
