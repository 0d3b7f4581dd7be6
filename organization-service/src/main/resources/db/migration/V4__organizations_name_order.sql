-- Pages of organizations are ordered by name (then id) by default: without an index in that order, a page of a large
-- subtree sorted all of it (60,000 organizations under the Bloc at 550,000 members) to return 50.
create index organizations_name_order on organizations (name, id);
