package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** What an admin states of a level: its code, label, source (null: unconfirmed) and other spellings. */
public record QualificationLevelSpec(
        String code, String label, String sourceDocument, LocalDate sourceDate, List<String> aliases) {

    /** The label and every alias: the spellings that name the level. */
    Stream<String> spellings() {
        return Stream.concat(Stream.of(label), aliases.stream());
    }
}
