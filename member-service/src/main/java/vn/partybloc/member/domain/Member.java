package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    /** Sensitive: returned only to admin and organizer. */
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

    @Column(name = "job_title")
    public String jobTitle;

    @Column(name = "heads_host_unit")
    public boolean headsHostUnit;

    public boolean isActive() {
        return status == MemberStatus.ACTIVE || status == MemberStatus.EXEMPT;
    }
}
