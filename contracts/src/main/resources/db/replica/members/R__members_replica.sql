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

-- A cell's members by its id, with what the counts filter on (on the register, full or probationary), so that
-- counting a subtree's members reads the index only: without status and kind in it, the planner preferred to scan
-- the whole replica for any subtree of more than a few cells (organization-service's MemberCountPlanTest).
drop index if exists members_organization;
create index if not exists members_organization_counts on members (organization_id) include (status, membership_kind);
