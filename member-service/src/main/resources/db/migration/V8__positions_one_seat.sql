-- Rule POS-ONE-SEAT: a member holds at most one position in a committee on any date, also under concurrent requests.
-- A database that holds two overlapping seats of one member in one committee stops this migration with PostgreSQL's
-- "could not create exclusion constraint" naming the pair: end one of the two seats, then migrate again.
alter table positions add constraint positions_one_seat exclude using gist (
    committee_id with =, member_id with =, daterange(starts_on, ends_on, '[]') with &&);
