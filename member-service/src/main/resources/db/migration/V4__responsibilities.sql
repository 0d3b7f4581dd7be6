-- What a committee member is assigned to (phân công phụ trách): a field of party work, and the cells they follow,
-- attending those cells' meetings.
create table responsibilities (
    id                       uuid primary key,
    position_id              uuid          not null references positions (id),
    field                    varchar(200)  not null,
    followed_organization_id uuid,
    attends_meetings         boolean       not null default false,
    version                  bigint        not null,
    created_at               timestamptz   not null,
    created_by               varchar(200)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(200)  not null
);
create index responsibilities_position on responsibilities (position_id);
create index responsibilities_followed on responsibilities (followed_organization_id);
