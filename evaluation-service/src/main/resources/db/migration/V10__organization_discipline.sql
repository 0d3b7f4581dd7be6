-- Discipline of party organizations (issue 20): cases against an organization of the register, and which body may
-- decide which form at which level, as data with its source (docs/party-rules-sources, section 3). The forms are those
-- of QĐ 69-QĐ/TW, Điều 7: reprimand, warning, dissolution. QĐ 22-QĐ/TW, Điều 12 lets the standing committee of a
-- committee from grassroots up discipline the organizations below it, and the inspection committee of every level
-- reprimand or warn those under the next-lower committee. Who decides a dissolution is not verified: no row names it,
-- so it is refused (DIS-COMPETENCE) until a source is found and a row added.
create table organization_discipline_competences (
    id         uuid primary key,
    body_kind  varchar(40)   not null,
    body_level varchar(40)   not null,
    form       varchar(40)   not null,
    source     varchar(500)  not null,
    note       varchar(2000),
    constraint organization_discipline_competences_once unique (body_kind, body_level, form)
);

insert into organization_discipline_competences (id, body_kind, body_level, form, source, note)
values ('0d15c000-0000-4000-8000-000000000001', 'STANDING_COMMITTEE', 'GRASSROOTS', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'The standing committee of a committee from grassroots up, for the party organizations below it. Whether it may also dissolve them is not verified.'),
       ('0d15c000-0000-4000-8000-000000000002', 'STANDING_COMMITTEE', 'GRASSROOTS', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'As for REPRIMAND.'),
       ('0d15c000-0000-4000-8000-000000000003', 'STANDING_COMMITTEE', 'BLOC', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'As at grassroots level, for the organizations below the Bloc committee.'),
       ('0d15c000-0000-4000-8000-000000000004', 'STANDING_COMMITTEE', 'BLOC', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'As for REPRIMAND.'),
       ('0d15c000-0000-4000-8000-000000000005', 'INSPECTION_COMMITTEE', 'GRASSROOTS', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'The inspection committee, for the party organizations under the committees of the next-lower level (the cells of a grassroots committee''s sub-committees).'),
       ('0d15c000-0000-4000-8000-000000000006', 'INSPECTION_COMMITTEE', 'GRASSROOTS', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'As for REPRIMAND.'),
       ('0d15c000-0000-4000-8000-000000000007', 'INSPECTION_COMMITTEE', 'BLOC', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'The Bloc''s inspection committee, for the party organizations under the grassroots committees (not the grassroots organizations themselves: its standing committee disciplines those).'),
       ('0d15c000-0000-4000-8000-000000000008', 'INSPECTION_COMMITTEE', 'BLOC', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 12',
        'As for REPRIMAND.');

create table organization_discipline_cases (
    id                    uuid primary key,
    organization_id       uuid          not null,
    violation             varchar(4000) not null,
    category              varchar(40)   not null,
    violated_on           date          not null,
    body_kind             varchar(40)   not null,
    body_organization_id  uuid          not null,
    body_level            varchar(40)   not null,
    opened_on             date          not null,
    status                varchar(20)   not null,
    form                  varchar(40),
    decision_number       varchar(64),
    decided_on            date,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    constraint organization_discipline_cases_decided
        check ((status in ('DECIDED', 'ANNULLED')) = (form is not null and decided_on is not null))
);
create index organization_discipline_cases_organization on organization_discipline_cases (organization_id);
