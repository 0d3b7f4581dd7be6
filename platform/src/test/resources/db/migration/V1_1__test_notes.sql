-- The test application's only table (src/test only; never shipped with the platform jar).
create table test_notes (
    id      uuid   primary key,
    title   text   not null unique,
    version bigint not null default 0
);
