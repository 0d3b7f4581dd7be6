create extension if not exists btree_gist;

-- Replica of organization-service's tree, built from its events (party.organizations.v1) through the inbox.
create table organizations (
    id         uuid primary key,
    code       varchar(32)  not null,
    name       varchar(300) not null,
    type       varchar(32)  not null,
    parent_id  uuid,
    path       text         not null,
    status     varchar(32)  not null,
    -- The organization's own version: an event older than what the replica holds changes nothing.
    version    bigint       not null,
    updated_at timestamptz  not null
);
create index organizations_path on organizations (path text_pattern_ops);

create table members (
    id                  uuid primary key,
    full_name           varchar(200) not null,
    birth_name          varchar(200),
    date_of_birth       date         not null,
    gender              varchar(8)   not null,
    ethnicity           varchar(60),
    religion            varchar(60),
    hometown            varchar(300),
    national_id         char(12)     not null,
    party_card_number   varchar(32),
    dossier_number      varchar(32),
    admitted_on         date         not null,
    full_member_since   date,
    membership_kind     varchar(16)  not null,
    organization_id     uuid         not null,
    status              varchar(32)  not null,
    general_education   varchar(8),
    degree              varchar(16),
    academic_title      varchar(32),
    political_theory    varchar(16),
    state_management    varchar(40),
    foreign_language    varchar(60),
    it_skill            varchar(60),
    job_title           varchar(200),
    heads_host_unit     boolean      not null default false,
    version             bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    constraint members_national_id_unique unique (national_id)
);
create index members_organization on members (organization_id);
create index members_name_search on members using gin (f_unaccent(full_name) gin_trgm_ops);

-- Every lifecycle change of a member (domain rule 14): admitted, recognised as full member, moved, transferred, ...
create table member_events (
    id                   uuid primary key,
    member_id            uuid         not null references members (id),
    kind                 varchar(32)  not null,
    occurred_on          date         not null,
    decision_number      varchar(64),
    from_organization_id uuid,
    to_organization_id   uuid,
    note                 varchar(1000),
    recorded_at          timestamptz  not null,
    recorded_by          varchar(200) not null
);
create index member_events_member on member_events (member_id, occurred_on);

create table committees (
    id              uuid primary key,
    organization_id uuid         not null,
    kind            varchar(32)  not null,
    term_start_year int          not null,
    term_end_year   int          not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint committees_years check (term_end_year > term_start_year),
    constraint committees_unique unique (organization_id, kind, term_start_year)
);

create table positions (
    id              uuid primary key,
    committee_id    uuid         not null references committees (id),
    member_id       uuid         not null references members (id),
    position        varchar(32)  not null,
    appointment     varchar(16)  not null,
    decision_number varchar(64),
    decision_date   date,
    starts_on       date         not null,
    ends_on         date,
    end_reason      varchar(32),
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint positions_dates check (ends_on is null or ends_on >= starts_on),
    -- Domain rule 7: at most one active secretary per committee on any date, also under concurrent requests.
    constraint positions_one_secretary exclude using gist (
        committee_id with =, daterange(starts_on, ends_on, '[]') with &&) where (position = 'SECRETARY'),
    constraint positions_one_chair exclude using gist (
        committee_id with =, daterange(starts_on, ends_on, '[]') with &&) where (position = 'CHAIR')
);
create index positions_member on positions (member_id);
create index positions_committee on positions (committee_id);
