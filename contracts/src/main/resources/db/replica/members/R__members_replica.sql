-- The members replica: what a consuming service keeps of member-service's members (name, cell, kind, status), from
-- the events of party.members.v1 (contracts, ADR 0010; upsert by version, ADR 0006).
-- Repeatable: Flyway applies it after the service's own versioned migrations and again whenever this file changes,
-- so every statement is idempotent. A database made by an earlier release already has the table.
create table if not exists members (
    id              uuid primary key,
    full_name       varchar(200) not null,
    -- The member's cell.
    organization_id uuid         not null,
    membership_kind varchar(16)  not null,
    status          varchar(32)  not null,
    version         bigint       not null,
    updated_at      timestamptz  not null
);

create index if not exists members_organization on members (organization_id);
