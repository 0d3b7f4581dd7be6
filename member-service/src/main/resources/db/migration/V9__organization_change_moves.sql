-- Members follow the structural changes of their organizations (issue 13): each change a member is carried by is
-- named on their history row, and a split's member allocation that cannot be applied is kept, not dropped.
alter table member_events add column organization_change_id uuid;
create index member_events_organization_change on member_events (organization_change_id)
    where organization_change_id is not null;

create table unapplied_member_moves (
    id                     uuid primary key,
    organization_change_id uuid         not null,
    organization_id        uuid         not null,
    member_id              uuid         not null,
    reason                 varchar(40)  not null,
    recorded_at            timestamptz  not null,
    constraint unapplied_member_moves_once unique (organization_change_id, member_id)
);
