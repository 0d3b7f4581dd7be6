-- Appeals against discipline decisions on party organizations (issue 20). The Statute gives a disciplined organization
-- the member's right: within one month of receiving the decision, to the committee or inspection committee above
-- (Điều lệ Đảng, Điều 39 khoản 7: discipline_appeal_terms holds that time for both), one body at a time (QĐ 22-QĐ/TW,
-- Điều 23). The outcome upholds, changes or annuls the decision; the case shows the decision in force.
create table organization_discipline_appeals (
    id                    uuid primary key,
    case_id               uuid          not null references organization_discipline_cases (id),
    received_on           date          not null,
    lodged_on             date          not null,
    body_kind             varchar(40)   not null,
    body_organization_id  uuid,
    body_level            varchar(40)   not null,
    status                varchar(20)   not null,
    previous_form         varchar(40)   not null,
    outcome               varchar(20),
    form                  varchar(40),
    decision_number       varchar(64),
    resolved_on           date,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    -- The province's committees are above the Bloc and outside its register: they have no organization here.
    constraint organization_discipline_appeals_body check ((body_organization_id is null) = (body_level = 'PROVINCE')),
    constraint organization_discipline_appeals_resolved
        check ((status = 'RESOLVED') = (outcome is not null and resolved_on is not null))
);
create index organization_discipline_appeals_case on organization_discipline_appeals (case_id, lodged_on);
create unique index organization_discipline_appeals_one_pending on organization_discipline_appeals (case_id)
    where status = 'PENDING';
