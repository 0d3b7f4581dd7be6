package vn.partybloc.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A discipline case against a party organization ({@code organizationId}), read in its subtree. Nothing is published:
 * a reprimand or warning changes nothing elsewhere, and a dissolution is carried out by the organizer in
 * organization-service, which the case then shows.
 */
@Entity
@Table(name = "organization_discipline_cases")
public class OrganizationDisciplineCase extends DisciplineCaseBase {

    @Enumerated(EnumType.STRING)
    public OrganizationDisciplineForm form;
}
