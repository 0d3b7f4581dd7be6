-- Appeals against discipline decisions (issue 20). The disciplined member appeals within the time the Party's Statute
-- sets, to a body above the one that decided; the outcome upholds, changes or annuls the decision, and the case shows
-- the decision in force. The time is data with its source (docs/party-rules-sources, section 3).
create table discipline_appeal_terms (
    id            smallint      primary key check (id = 1),
    within_months integer       not null check (within_months > 0),
    source        varchar(500)  not null,
    note          varchar(2000)
);

insert into discipline_appeal_terms (id, within_months, source, note)
values (1, 1, 'Điều lệ Đảng, Điều 39 khoản 7',
        'Within one month of receiving the decision, to the superior committee or inspection committee. Counted as a calendar month: whether it is working days is not verified (dangcongsan.vn glosses it as 30 working days, a question bank on QĐ 296-QĐ/TW Điều 25 khoản 1 as 30 days).');

alter table discipline_cases drop constraint discipline_cases_decided;
alter table discipline_cases add constraint discipline_cases_decided
    check ((status in ('DECIDED', 'ANNULLED')) = (form is not null and decided_on is not null));

create table discipline_appeals (
    id                    uuid primary key,
    case_id               uuid          not null references discipline_cases (id),
    received_on           date          not null,
    lodged_on             date          not null,
    body_kind             varchar(40)   not null,
    body_organization_id  uuid,
    body_level            varchar(40)   not null,
    status                varchar(20)   not null,
    previous_form         varchar(40)   not null,
    outcome               varchar(20),
    form                  varchar(40),
    position_id           uuid,
    decision_number       varchar(64),
    resolved_on           date,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    -- The province's committees are above the Bloc and outside its register: they have no organization here.
    constraint discipline_appeals_body check ((body_organization_id is null) = (body_level = 'PROVINCE')),
    constraint discipline_appeals_resolved check ((status = 'RESOLVED') = (outcome is not null and resolved_on is not null))
);
create index discipline_appeals_case on discipline_appeals (case_id, lodged_on);
-- QĐ 22-QĐ/TW, Điều 23: one appeal at a time, to one body.
create unique index discipline_appeals_one_pending on discipline_appeals (case_id) where status = 'PENDING';
