-- Cell meetings (ADR 0013): a cell's meetings are recorded a month at a time; the month carries the version (ETag)
-- and the hash of what was recorded, so that recording the same month again changes nothing.
create table meeting_months (
    id              uuid primary key,
    organization_id uuid         not null references organizations (id),
    -- The first day of the month.
    month           date         not null,
    content_hash    varchar(64)  not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint meeting_months_unique unique (organization_id, month),
    constraint meeting_months_first_day check (extract(day from month) = 1)
);

create table meetings (
    id                          uuid primary key,
    month_id                    uuid          not null references meeting_months (id) on delete cascade,
    organization_id             uuid          not null references organizations (id),
    held_on                     date          not null,
    position                    int           not null,
    kind                        varchar(16)   not null,
    format                      varchar(16)   not null,
    topic                       varchar(500)  not null,
    chair_member_id             uuid,
    meeting_secretary_member_id uuid,
    minutes_reference           varchar(200),
    quality                     varchar(16),
    -- Counts of the rows below, written with them: a month's meetings are replaced whole, never updated, so the
    -- counts cannot drift, and the reports read 17,000 meetings a year instead of 220,000 attendance rows.
    present                     int           not null,
    absent_with_leave           int           not null,
    absent_without_leave        int           not null,
    superior_attendees          int           not null,
    followers_attended          int           not null
);
create index meetings_month on meetings (month_id, position);
create index meetings_organization on meetings (organization_id, held_on);

create table meeting_agenda_items (
    meeting_id uuid         not null references meetings (id) on delete cascade,
    position   int          not null,
    category   varchar(32)  not null,
    title      varchar(500) not null,
    primary key (meeting_id, position)
);

create table meeting_resolutions (
    meeting_id uuid          not null references meetings (id) on delete cascade,
    position   int           not null,
    text       varchar(2000) not null,
    primary key (meeting_id, position)
);

create table meeting_guests (
    meeting_id uuid         not null references meetings (id) on delete cascade,
    position   int          not null,
    name       varchar(200) not null,
    role       varchar(200),
    primary key (meeting_id, position)
);

-- Attendance of the cell's members; a member missing from a meeting is "not recorded", not absent.
create table meeting_attendance (
    meeting_id uuid         not null references meetings (id) on delete cascade,
    member_id  uuid         not null,
    status     varchar(32)  not null,
    reason     varchar(500),
    primary key (meeting_id, member_id)
);
create index meeting_attendance_member on meeting_attendance (member_id);
-- The three-month rule reads only the absences without leave.
create index meeting_attendance_without_leave on meeting_attendance (meeting_id) where status = 'ABSENT_WITHOUT_LEAVE';

-- Members of a superior committee who attended; follows_cell is whether, on the day, one of their positions had a
-- responsibility for following this cell (from the positions replica).
create table meeting_superior_attendance (
    meeting_id  uuid    not null references meetings (id) on delete cascade,
    member_id   uuid    not null,
    follows_cell boolean not null,
    primary key (meeting_id, member_id)
);
create index meeting_superior_attendance_member on meeting_superior_attendance (member_id);
