-- Replicas of other services' data, built from their events through the inbox (ADR 0006: upsert by version).

-- organization-service, party.organizations.v1
create table organizations (
    id         uuid primary key,
    code       varchar(32)  not null,
    name       varchar(300) not null,
    type       varchar(32)  not null,
    parent_id  uuid,
    path       text         not null,
    status     varchar(32)  not null,
    version    bigint       not null,
    updated_at timestamptz  not null
);
create index organizations_path on organizations (path text_pattern_ops);

-- member-service, party.members.v1: only what training needs (name, status, cell)
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
create index members_name_search on members using gin (f_unaccent(full_name) gin_trgm_ops);

-- member-service, party.positions.v1
create table positions (
    id              uuid primary key,
    member_id       uuid        not null,
    committee_id    uuid        not null,
    organization_id uuid        not null,
    committee_kind  varchar(32) not null,
    position        varchar(32) not null,
    starts_on       date        not null,
    ends_on         date,
    end_reason      varchar(32),
    version         bigint      not null,
    updated_at      timestamptz not null
);
create index positions_member on positions (member_id);
create index positions_organization on positions (organization_id);

-- What training-service owns.

create table courses (
    id              uuid primary key,
    title           varchar(300) not null,
    topic           varchar(32)  not null,
    organization_id uuid         not null,
    format          varchar(16)  not null,
    starts_on       date         not null,
    ends_on         date         not null,
    place           varchar(300),
    capacity        int          not null,
    status          varchar(16)  not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint courses_dates check (ends_on >= starts_on),
    constraint courses_capacity check (capacity between 1 and 100000)
);
create index courses_topic_start on courses (topic, starts_on);
create index courses_title_search on courses using gin (f_unaccent(title) gin_trgm_ops);

create table enrollments (
    id                 uuid primary key,
    course_id          uuid         not null references courses (id),
    member_id          uuid         not null,
    -- The member's cell when enrolled: reports count a trained member where they were trained.
    organization_id    uuid         not null,
    status             varchar(16)  not null,
    result             varchar(16),
    completed_on       date,
    certificate_number varchar(64),
    version            bigint       not null,
    created_at         timestamptz  not null,
    created_by         varchar(200) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(200) not null,
    constraint enrollments_unique unique (course_id, member_id),
    constraint enrollments_completion check ((status = 'ENROLLED') = (completed_on is null))
);
create index enrollments_member on enrollments (member_id);
create index enrollments_organization on enrollments (organization_id);

create table attendance (
    enrollment_id uuid        not null references enrollments (id),
    session_on    date        not null,
    present       boolean     not null,
    recorded_at   timestamptz not null,
    recorded_by   varchar(200) not null,
    primary key (enrollment_id, session_on)
);

create table training_obligations (
    id                       uuid primary key,
    member_id                uuid         not null,
    position_id              uuid         not null,
    organization_id          uuid         not null,
    committee_kind           varchar(32)  not null,
    position                 varchar(32)  not null,
    starts_on                date         not null,
    due_on                   date         not null,
    status                   varchar(16)  not null,
    fulfilled_by_enrollment  uuid references enrollments (id),
    fulfilled_on             date,
    closed_on                date,
    close_reason             varchar(64),
    version                  bigint       not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    -- One obligation per position, however often its event arrives.
    constraint obligations_position unique (position_id)
);
create index obligations_member on training_obligations (member_id);
create index obligations_organization on training_obligations (organization_id);
create index obligations_open_due on training_obligations (due_on) where status = 'OPEN';

create table contests (
    id              uuid primary key,
    title           varchar(300) not null,
    kind            varchar(32)  not null,
    organization_id uuid         not null,
    year            int          not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null
);

create table contest_rounds (
    id         uuid primary key,
    contest_id uuid         not null references contests (id),
    sequence   int          not null,
    name       varchar(200) not null,
    held_on    date         not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    constraint contest_rounds_unique unique (contest_id, sequence)
);

create table contest_participants (
    id              uuid primary key,
    contest_id      uuid         not null references contests (id),
    member_id       uuid         not null,
    organization_id uuid         not null,
    award           varchar(32),
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    constraint contest_participants_unique unique (contest_id, member_id)
);

create table contest_results (
    participant_id uuid          not null references contest_participants (id),
    round_id       uuid          not null references contest_rounds (id),
    score          numeric(5, 2) not null,
    recorded_at    timestamptz   not null,
    recorded_by    varchar(200)  not null,
    primary key (participant_id, round_id)
);
