-- Discipline of party members (issue 20): cases, and which body may decide which form at which level, as data with
-- its source (docs/party-rules-sources, section 3). A competence the sources do not state is not seeded: a body
-- without a row for a form is refused (DIS-COMPETENCE), never guessed.
create table discipline_competences (
    id         uuid primary key,
    body_kind  varchar(40)   not null,
    body_level varchar(40)   not null,
    form       varchar(40)   not null,
    source     varchar(500)  not null,
    note       varchar(2000),
    constraint discipline_competences_once unique (body_kind, body_level, form)
);

insert into discipline_competences (id, body_kind, body_level, form, source, note)
values ('d15c0000-0000-4000-8000-000000000001', 'CELL', 'CELL', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'The cell, for its own members (including committee members at any level), for violations of political quality, ideology, ethics, lifestyle, Party activities or member duties; not for tasks given by a higher level.'),
       ('d15c0000-0000-4000-8000-000000000002', 'CELL', 'CELL', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'As for REPRIMAND.'),
       ('d15c0000-0000-4000-8000-000000000003', 'STANDING_COMMITTEE', 'GRASSROOTS', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'The standing committee of a grassroots committee, for members of its committee.'),
       ('d15c0000-0000-4000-8000-000000000004', 'STANDING_COMMITTEE', 'GRASSROOTS', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'As for REPRIMAND.'),
       ('d15c0000-0000-4000-8000-000000000005', 'INSPECTION_COMMITTEE', 'GRASSROOTS', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'The inspection committee of a grassroots committee, for members of its committee.'),
       ('d15c0000-0000-4000-8000-000000000006', 'INSPECTION_COMMITTEE', 'GRASSROOTS', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'As for REPRIMAND.'),
       ('d15c0000-0000-4000-8000-000000000007', 'STANDING_COMMITTEE', 'BLOC', 'REPRIMAND', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'The standing committee of the level above grassroots (district level and equivalent, as the Bloc committee is).'),
       ('d15c0000-0000-4000-8000-000000000008', 'STANDING_COMMITTEE', 'BLOC', 'WARNING', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'As for REPRIMAND.'),
       ('d15c0000-0000-4000-8000-000000000009', 'STANDING_COMMITTEE', 'BLOC', 'REMOVAL_FROM_POST', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'Removal from post or expulsion of a grassroots committee member: the cell proposes, the standing committee of the level above grassroots decides. Who decides under QĐ 296-QĐ/TW (30/5/2025), after the district level was abolished, is not verified.'),
       ('d15c0000-0000-4000-8000-000000000010', 'STANDING_COMMITTEE', 'BLOC', 'EXPULSION', 'QĐ 22-QĐ/TW (28/7/2021), Điều 11',
        'As for REMOVAL_FROM_POST.');

create table discipline_cases (
    id                    uuid primary key,
    member_id             uuid          not null,
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
    position_id           uuid,
    decision_number       varchar(64),
    decided_on            date,
    self_remedied         boolean       not null default false,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    constraint discipline_cases_decided check ((status = 'DECIDED') = (form is not null and decided_on is not null))
);
create index discipline_cases_member on discipline_cases (member_id, decided_on);
create index discipline_cases_organization on discipline_cases (organization_id);

-- The rating of a member disciplined in the year, per rule set: HD 21-HD/BTCTW (2019), Mục II điểm B tiết 2, and from
-- 2023 QĐ 124-QĐ/TW, Điều 12 khoản 4 tiểu mục 4.3 điểm d: not complete, unless they found the fault and finished
-- remedying it themselves. What QĐ 366-QĐ/TW and HD 43-HD/BTCTW (2025) rate such a member is not verified: unset.
alter table rule_sets add column disciplined_member_level varchar(20);
update rule_sets set disciplined_member_level = 'NOT_COMPLETE',
                     note = note || ' A member disciplined in the year is not complete (HD 21 Mục II điểm B tiết 2; from 2023 QĐ 124-QĐ/TW Điều 12 khoản 4 tiểu mục 4.3 điểm d), unless they found and remedied the fault themselves.'
 where code = 'HD21-2019';
update rule_sets set note = note || ' What a member disciplined in the year is rated under QĐ 366 / HD 43 is not verified: no rule is enforced.'
 where code = 'QD366-2025';
