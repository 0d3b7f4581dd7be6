-- The committees replica, from the events of party.committees.v1 (contracts, ADR 0010; upsert by version, ADR 0006).
-- Repeatable: Flyway applies it after the service's own versioned migrations and again whenever this file changes,
-- so every statement is idempotent. A database made by an earlier release already has the table.
create table if not exists committees (
    id              uuid primary key,
    organization_id uuid        not null,
    kind            varchar(32) not null,
    term_start_year int         not null,
    term_end_year   int         not null,
    version         bigint      not null,
    updated_at      timestamptz not null
);

create index if not exists committees_organization on committees (organization_id);
