-- Bulk imports of members and positions: a job per uploaded file, processed in the background.
create table import_jobs (
    id             uuid primary key,
    kind           varchar(16)  not null,
    format         varchar(40)  not null,
    status         varchar(16)  not null,
    total_rows     int          not null,
    processed_rows int          not null default 0,
    created_rows   int          not null default 0,
    updated_rows   int          not null default 0,
    unchanged_rows int          not null default 0,
    failed_rows    int          not null default 0,
    -- The uploaded file, kept only until the job ends: personal data is not stored twice.
    content        bytea,
    failure        varchar(1000),
    submitted_by   varchar(200) not null,
    submitted_at   timestamptz  not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    -- Refreshed by the process holding the job; a job whose process died goes stale and is marked FAILED.
    heartbeat_at   timestamptz  not null
);
create index import_jobs_submitted on import_jobs (submitted_at desc);

create table import_row_errors (
    job_id     uuid          not null references import_jobs (id) on delete cascade,
    row_number int           not null,
    field      varchar(100),
    rule       varchar(64),
    message    varchar(1000) not null
);
create index import_row_errors_job on import_row_errors (job_id, row_number);

-- char(12) compared with the driver's varchar parameters is cast to text, which cannot use the unique index:
-- an import's lookup of 500 national ids became a sequential scan. varchar(12) keeps the index usable.
alter table members alter column national_id type varchar(12);
