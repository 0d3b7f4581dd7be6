package vn.partybloc.member.domain;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** The qualifications recorded as text and counted by a code list of levels (qualification_levels). */
public enum QualificationKind {
    STATE_MANAGEMENT("state_management", m -> m.stateManagement, (m, code) -> m.stateManagementCode = code),
    FOREIGN_LANGUAGE("foreign_language", m -> m.foreignLanguage, (m, code) -> m.foreignLanguageCode = code),
    IT("it_skill", m -> m.itSkill, (m, code) -> m.itSkillCode = code);

    private final String column;
    private final Function<Member, String> text;
    private final BiConsumer<Member, String> code;

    QualificationKind(String column, Function<Member, String> text, BiConsumer<Member, String> code) {
        this.column = column;
        this.text = text;
        this.code = code;
    }

    /** The column of {@code members} holding the text; its code is in {@code <column>_code}. */
    public String column() {
        return column;
    }

    String textOf(Member member) {
        return text.apply(member);
    }

    void setCode(Member member, String value) {
        code.accept(member, value);
    }
}
