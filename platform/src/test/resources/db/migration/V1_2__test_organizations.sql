-- The table a service keeps of its organizations (its own or a replica), as far as the outbox reads it for the
-- changes feed by subtree (src/test only).
create table organizations (
    id   uuid primary key,
    path text not null
);
