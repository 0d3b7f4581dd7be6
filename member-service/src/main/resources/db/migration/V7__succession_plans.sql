-- Succession plans (quy hoạch): candidates planned for a position of an organization's committee in a coming term.
create table succession_plans (
    id              uuid primary key,
    organization_id uuid         not null,
    committee_kind  varchar(32)  not null,
    position        varchar(32)  not null,
    term_start_year int          not null,
    term_end_year   int          not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint succession_plans_years check (term_end_year > term_start_year),
    constraint succession_plans_unique unique (organization_id, committee_kind, position, term_start_year)
);
create index succession_plans_organization on succession_plans (organization_id);

create table succession_candidates (
    id             uuid primary key,
    plan_id        uuid          not null references succession_plans (id),
    member_id      uuid          not null references members (id),
    status         varchar(16)   not null,
    added_on       date          not null,
    removed_on     date,
    removal_reason varchar(32),
    note           varchar(1000),
    version        bigint        not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    constraint succession_candidates_unique unique (plan_id, member_id),
    constraint succession_candidates_removal check ((status = 'REMOVED') = (removed_on is not null and removal_reason is not null))
);
