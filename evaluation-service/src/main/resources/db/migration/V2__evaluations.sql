-- Replicas built from other services' events through the inbox (ADR 0006: upsert by version).
create table organizations (
    id             uuid primary key,
    code           varchar(32)  not null,
    name           varchar(300) not null,
    type           varchar(32)  not null,
    parent_id      uuid,
    path           text         not null,
    status         varchar(32)  not null,
    host_unit_name varchar(300),
    version        bigint       not null,
    updated_at     timestamptz  not null
);
create index organizations_path on organizations (path text_pattern_ops);

create table members (
    id              uuid primary key,
    full_name       varchar(200) not null,
    organization_id uuid         not null,
    membership_kind varchar(16)  not null,
    status          varchar(32)  not null,
    version         bigint       not null,
    updated_at      timestamptz  not null
);
create index members_organization on members (organization_id);

create table committees (
    id              uuid primary key,
    organization_id uuid        not null,
    kind            varchar(32) not null,
    term_start_year int         not null,
    term_end_year   int         not null,
    version         bigint      not null,
    updated_at      timestamptz not null
);
create index committees_organization on committees (organization_id);

create table positions (
    id              uuid primary key,
    member_id       uuid        not null,
    committee_id    uuid        not null,
    organization_id uuid        not null,
    committee_kind  varchar(32) not null,
    position        varchar(32) not null,
    starts_on       date        not null,
    ends_on         date,
    version         bigint      not null,
    updated_at      timestamptz not null
);
create index positions_organization on positions (organization_id);
create index positions_member on positions (member_id);

-- Rating rules in force from a date (domain rules 10 and 11): data, edited through the API.
create table rule_sets (
    id                    uuid primary key,
    code                  varchar(40)   not null,
    documents             varchar(500)  not null,
    effective_from        date          not null,
    uses_score            boolean       not null,
    excellent_min_score   numeric(5, 2),
    good_min_score        numeric(5, 2),
    complete_min_score    numeric(5, 2),
    excellent_cap_percent numeric(5, 2),
    note                  varchar(2000),
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    constraint rule_sets_code_unique unique (code),
    constraint rule_sets_effective_unique unique (effective_from),
    constraint rule_sets_bands check (not uses_score or (excellent_min_score > good_min_score
        and good_min_score > complete_min_score and complete_min_score > 0 and excellent_min_score <= 100))
);

create table review_cycles (
    id         uuid primary key,
    year       int          not null,
    period     varchar(16)  not null,
    starts_on  date         not null,
    ends_on    date         not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    constraint review_cycles_unique unique (year, period)
);

create table reviews (
    id                 uuid primary key,
    cycle_id           uuid          not null references review_cycles (id),
    subject_kind       varchar(32)   not null,
    subject_id         uuid          not null,
    -- The organization the subject belongs to (itself, a member's cell, a committee's organization): the unit whose
    -- superior decides, and what subtree filters match.
    organization_id    uuid          not null,
    rule_set_id        uuid          not null references rule_sets (id),
    status             varchar(16)   not null,
    self_level         varchar(16),
    self_score         numeric(5, 2),
    self_note          varchar(4000),
    proposed_level     varchar(16),
    proposed_score     numeric(5, 2),
    proposal_note      varchar(4000),
    level              varchar(16),
    score              numeric(5, 2),
    decision_number    varchar(64),
    decided_on         date,
    decided_by         varchar(200),
    published_on       date,
    cancel_reason      varchar(2000),
    cancelled_by       varchar(200),
    cancelled_at       timestamptz,
    replaces_review_id uuid references reviews (id),
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(200)  not null
);
-- One current review per subject and cycle; a cancelled one stays beside its replacement.
create unique index reviews_one_current on reviews (cycle_id, subject_kind, subject_id) where status <> 'CANCELLED';
create index reviews_cycle_org on reviews (cycle_id, organization_id);
create index reviews_subject on reviews (subject_id);

-- The audit trail of every step of every review (domain rule 9): never updated, only appended.
create table review_actions (
    id          uuid primary key,
    review_id   uuid          not null references reviews (id),
    action      varchar(16)   not null,
    level       varchar(16),
    score       numeric(5, 2),
    note        varchar(4000),
    acted_at    timestamptz   not null,
    acted_by    varchar(200)  not null
);
create index review_actions_review on review_actions (review_id, acted_at);

-- Targets per cycle and subtree; organization_id null = the whole Bloc.
create table targets (
    id              uuid primary key,
    cycle_id        uuid          not null references review_cycles (id),
    organization_id uuid,
    subject_kind    varchar(32)   not null,
    metric          varchar(24)   not null,
    comparison      varchar(16)   not null,
    percent         numeric(5, 2) not null check (percent >= 0 and percent <= 100),
    note            varchar(500),
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);
create unique index targets_unique on targets (cycle_id, coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid),
    subject_kind, metric, comparison);

-- Confidence votes (QĐ 96-QĐ/TW, domain rule 12)
create table confidence_votes (
    id              uuid primary key,
    organization_id uuid          not null,
    body            varchar(300)  not null,
    voted_on        date          not null,
    summoned        int           not null check (summoned > 0),
    present         int           not null check (present >= 0 and present <= summoned),
    valid           boolean       not null,
    note            varchar(2000),
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);
create index confidence_votes_org on confidence_votes (organization_id, voted_on);

create table confidence_vote_results (
    id               uuid primary key,
    vote_id          uuid         not null references confidence_votes (id),
    member_id        uuid         not null,
    position_title   varchar(200),
    ballots_issued   int          not null,
    ballots_returned int          not null,
    valid_ballots    int          not null,
    invalid_ballots  int          not null,
    high             int          not null,
    trust            int          not null,
    low              int          not null,
    flag             varchar(32)  not null,
    constraint confidence_vote_results_one unique (vote_id, member_id)
);

-- Inspection and supervision plans per year and body, with their items and outcomes
create table inspection_plans (
    id                   uuid primary key,
    year                 int           not null,
    body_organization_id uuid          not null,
    body_kind            varchar(32)   not null,
    activity             varchar(16)   not null,
    title                varchar(500)  not null,
    version              bigint        not null,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null
);
create index inspection_plans_body on inspection_plans (body_organization_id, year);

create table inspection_items (
    id             uuid primary key,
    plan_id        uuid          not null references inspection_plans (id),
    kind           varchar(16)   not null,
    subject_kind   varchar(32)   not null,
    subject_id     uuid          not null,
    content        varchar(2000) not null,
    planned_from   date          not null,
    planned_to     date          not null,
    status         varchar(16)   not null,
    findings       varchar(8000),
    conclusion     varchar(8000),
    concluded_on   date,
    concluded_by   varchar(200),
    version        bigint        not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    constraint inspection_items_dates check (planned_to >= planned_from)
);
create index inspection_items_plan on inspection_items (plan_id);

-- Screening under Directive 28-CT/TW: a finding about one member, recorded with the plan that found it
create table screening_findings (
    id          uuid primary key,
    plan_id     uuid          not null references inspection_plans (id),
    member_id   uuid          not null,
    finding     varchar(4000) not null,
    outcome     varchar(24)   not null,
    decided_on  date          not null,
    recorded_at timestamptz   not null,
    recorded_by varchar(200)  not null
);
create index screening_findings_plan on screening_findings (plan_id);
