package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A seat held on a grassroots organization's own committee, with what the statistics need of its holder. */
public record GrassrootsSeat(
        UUID memberId,
        PositionKind position,
        Gender gender,
        LocalDate dateOfBirth,
        Degree degree,
        AcademicTitle academicTitle,
        PoliticalTheory politicalTheory,
        String stateManagement,
        String foreignLanguage,
        String itSkill,
        boolean headsHostUnit,
        String stateManagementCode,
        String foreignLanguageCode,
        String itSkillCode) {}
