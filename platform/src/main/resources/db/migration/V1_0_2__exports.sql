-- Export jobs (platform Exports): a snapshot of a resource family taken in one repeatable-read transaction, with the
-- changes-feed position it was taken at, stored as gzip-compressed NDJSON in parts until it expires.
create table export_jobs (
    id              uuid primary key,
    family          text        not null,
    status          text        not null,
    organization_id uuid,
    as_of           date,
    created_by      text        not null,
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    expires_at      timestamptz,
    feed_cursor     bigint,
    records         bigint,
    error           text
);
create index export_jobs_created_by on export_jobs (family, created_by, created_at);
create index export_jobs_expires_at on export_jobs (expires_at);

create table export_parts (
    job_id uuid  not null references export_jobs on delete cascade,
    n      int   not null,
    data   bytea not null,
    primary key (job_id, n)
);
