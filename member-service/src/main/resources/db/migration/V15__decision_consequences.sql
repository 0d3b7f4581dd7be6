-- The consequences of evaluation-service's decisions, listed with links to the records that decided them (issue 20):
-- a screening finding is read under its inspection plan, and a post a discipline decision ended names the case. Rows
-- recorded before this migration have neither, and are listed without the link.
alter table member_events add column inspection_plan_id uuid;
alter table positions add column discipline_case_id uuid;
-- The list reads these rare rows only; a national register's millions of other rows stay out of its way.
create index member_events_decided_departures on member_events (occurred_on) where kind in ('EXPELLED', 'STRUCK_OFF');
create index positions_ended_by_discipline on positions (ends_on) where end_reason = 'DISCIPLINE';
create index succession_candidates_removed on succession_candidates (removed_on) where status = 'REMOVED';
