-- The committee positions replica, from the events of party.positions.v1 (contracts, ADR 0010; upsert by version,
-- ADR 0006).
-- Repeatable: Flyway applies it after the service's own versioned migrations and again whenever this file changes,
-- so every statement is idempotent. A database made by an earlier release already has the table.
create table if not exists positions (
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

alter table positions add column if not exists end_reason varchar(32);

create index if not exists positions_member on positions (member_id);

create index if not exists positions_organization on positions (organization_id);

-- The fields of work and followed cells of each position (ADR 0013), replaced whenever a newer version of the
-- position is written; they end with it.
create table if not exists position_responsibilities (
    position_id              uuid         not null references positions (id) on delete cascade,
    id                       uuid         not null,
    field                    varchar(200) not null,
    followed_organization_id uuid,
    attends_meetings         boolean      not null,
    primary key (position_id, id)
);

create index if not exists position_responsibilities_followed on position_responsibilities (followed_organization_id);
