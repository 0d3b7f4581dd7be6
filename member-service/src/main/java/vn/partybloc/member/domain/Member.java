package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A party member (đảng viên) of a cell of the Bloc. */
@Entity
@Table(name = "members")
public class Member extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "birth_name")
    public String birthName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String ethnicity;

    public String religion;

    public String hometown;

    /** Sensitive: returned only to the readers NationalIdReaders names. */
    @Column(name = "national_id")
    public String nationalId;

    @Column(name = "party_card_number")
    public String partyCardNumber;

    @Column(name = "dossier_number")
    public String dossierNumber;

    @Column(name = "admitted_on")
    public LocalDate admittedOn;

    @Column(name = "full_member_since")
    public LocalDate fullMemberSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_kind")
    public MembershipKind membershipKind;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    @Column(name = "general_education")
    public String generalEducation;

    @Enumerated(EnumType.STRING)
    public Degree degree;

    @Enumerated(EnumType.STRING)
    @Column(name = "academic_title")
    public AcademicTitle academicTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory")
    public PoliticalTheory politicalTheory;

    @Column(name = "state_management")
    public String stateManagement;

    @Column(name = "foreign_language")
    public String foreignLanguage;

    @Column(name = "it_skill")
    public String itSkill;

    /** The level each text names in its code list (QualificationMatcher); null where it names none. */
    @Column(name = "state_management_code")
    public String stateManagementCode;

    @Column(name = "foreign_language_code")
    public String foreignLanguageCode;

    @Column(name = "it_skill_code")
    public String itSkillCode;

    @Column(name = "job_title")
    public String jobTitle;

    @Column(name = "heads_host_unit")
    public boolean headsHostUnit;

    /** A member newly on the register of {@code cellId}: probationary unless {@code spec} dates the full membership. */
    public static Member admitted(NewMember spec, UUID cellId, String actor, Instant now) {
        Member m = new Member();
        m.id = UUID.randomUUID();
        m.apply(spec);
        m.fullMemberSince = spec.fullMemberSince();
        m.organizationId = cellId;
        m.status = MemberStatus.ACTIVE;
        m.membershipKind = spec.fullMemberSince() == null ? MembershipKind.PROBATIONARY : MembershipKind.FULL;
        m.created(actor, now);
        return m;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE || status == MemberStatus.EXEMPT;
    }

    /** Takes the recorded details of {@code s}. Full membership is a recognition of its own, never an edit. */
    public void apply(NewMember s) {
        fullName = s.fullName();
        birthName = s.birthName();
        dateOfBirth = s.dateOfBirth();
        gender = s.gender();
        ethnicity = s.ethnicity();
        religion = s.religion();
        hometown = s.hometown();
        if (s.nationalId() != null) {
            nationalId = s.nationalId();
        }
        partyCardNumber = s.partyCardNumber();
        dossierNumber = s.dossierNumber();
        if (s.admittedOn() != null) {
            admittedOn = s.admittedOn();
        }
        generalEducation = s.generalEducation();
        degree = s.degree();
        academicTitle = s.academicTitle();
        politicalTheory = s.politicalTheory();
        stateManagement = s.stateManagement();
        foreignLanguage = s.foreignLanguage();
        itSkill = s.itSkill();
        jobTitle = s.jobTitle();
        headsHostUnit = s.headsHostUnit();
    }

    /** The member's details as an import row or a request would state them. */
    public NewMember details() {
        return new NewMember(
                fullName,
                birthName,
                dateOfBirth,
                gender,
                ethnicity,
                religion,
                hometown,
                nationalId,
                partyCardNumber,
                dossierNumber,
                admittedOn,
                fullMemberSince,
                organizationId,
                generalEducation,
                degree,
                academicTitle,
                politicalTheory,
                stateManagement,
                foreignLanguage,
                itSkill,
                jobTitle,
                headsHostUnit);
    }
}
