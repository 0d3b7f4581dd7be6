-- The organizations replica: what a consuming service keeps of organization-service's tree, from the events of
-- party.organizations.v1 (contracts, ADR 0010; upsert by version, ADR 0006).
-- Repeatable: Flyway applies it after the service's own versioned migrations and again whenever this file changes,
-- so every statement is idempotent. A database made by an earlier release already has the table.
create table if not exists organizations (
    id             uuid primary key,
    code           varchar(32)  not null,
    name           varchar(300) not null,
    type           varchar(32)  not null,
    parent_id      uuid,
    -- /blocId/.../thisId/: a subtree is a prefix.
    path           text         not null,
    status         varchar(32)  not null,
    host_unit_name varchar(300),
    -- The organization's own version: an event older than what the replica holds changes nothing.
    version        bigint       not null,
    updated_at     timestamptz  not null
);

alter table organizations add column if not exists host_unit_name varchar(300);

create index if not exists organizations_path on organizations (path text_pattern_ops);
