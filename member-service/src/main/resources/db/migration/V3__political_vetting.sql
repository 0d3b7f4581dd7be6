-- Political vetting (bảo vệ chính trị nội bộ): restricted data. Never published as events, never in the changes feed.
create table political_vettings (
    id              uuid primary key,
    member_id       uuid          not null references members (id),
    purpose         varchar(32)   not null,
    conclusion      varchar(4000) not null,
    concluded_on    date          not null,
    decision_number varchar(64),
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);
create index political_vettings_member on political_vettings (member_id, concluded_on);
