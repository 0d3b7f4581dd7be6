create extension if not exists btree_gist;

create table organizations (
    id                     uuid primary key,
    code                   varchar(32)  not null,
    name                   varchar(300) not null,
    type                   varchar(32)  not null,
    parent_id              uuid references organizations (id),
    -- Ids from the Bloc down to this organization, '/'-separated with a trailing '/': the subtree of X is
    -- every row whose path starts with X's path.
    path                   text         not null,
    depth                  int          not null,
    host_unit_name         varchar(300),
    host_unit_kind         varchar(32),
    founded_on             date         not null,
    founding_decision      varchar(64),
    status                 varchar(32)  not null,
    status_since           date         not null,
    meets_online           boolean      not null default false,
    last_effective_date    date         not null,
    version                bigint       not null,
    created_at             timestamptz  not null,
    created_by             varchar(200) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(200) not null,
    constraint organizations_code_unique unique (code),
    constraint organizations_root_has_no_parent check ((type = 'BLOC_COMMITTEE') = (parent_id is null))
);
create index organizations_path on organizations (path text_pattern_ops);
create index organizations_parent on organizations (parent_id);
create index organizations_name_search on organizations using gin (f_unaccent(name) gin_trgm_ops);
-- At most one Bloc committee: the root of the tree.
create unique index organizations_single_root on organizations ((true)) where type = 'BLOC_COMMITTEE';

-- The state of each organization over time: one row per interval [valid_from, valid_to) of effective dates.
create table organization_snapshots (
    id              bigint generated always as identity primary key,
    organization_id uuid         not null references organizations (id),
    valid_from      date         not null,
    valid_to        date,
    code            varchar(32)  not null,
    name            varchar(300) not null,
    type            varchar(32)  not null,
    parent_id       uuid,
    path            text         not null,
    depth           int          not null,
    host_unit_name  varchar(300),
    host_unit_kind  varchar(32),
    founded_on      date         not null,
    founding_decision varchar(64),
    status          varchar(32)  not null,
    status_since    date         not null,
    meets_online    boolean      not null
);
create index organization_snapshots_org on organization_snapshots (organization_id, valid_from);
create index organization_snapshots_path on organization_snapshots (path text_pattern_ops);
create unique index organization_snapshots_open on organization_snapshots (organization_id) where valid_to is null;

create table structural_changes (
    id              uuid primary key,
    kind            varchar(32)  not null,
    -- Plain updates (renames, host unit) may be recorded without a decision.
    decision_number varchar(64),
    decision_date   date,
    effective_date  date         not null,
    counterparty    varchar(300),
    note            varchar(2000),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(200) not null
);
create index structural_changes_effective on structural_changes (effective_date);

create table structural_change_subjects (
    change_id       uuid        not null references structural_changes (id),
    organization_id uuid        not null references organizations (id),
    role            varchar(16) not null,
    primary key (change_id, organization_id, role)
);
create index structural_change_subjects_org on structural_change_subjects (organization_id);

create table terms (
    id              uuid primary key,
    organization_id uuid         not null references organizations (id),
    start_year      int          not null,
    end_year        int          not null,
    congress_date   date,
    decision_number varchar(64),
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint terms_years check (end_year > start_year),
    constraint terms_no_overlap exclude using gist (organization_id with =, int4range(start_year, end_year) with &&)
);
create index terms_org on terms (organization_id, start_year);
