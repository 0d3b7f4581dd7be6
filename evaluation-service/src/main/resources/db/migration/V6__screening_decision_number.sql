-- A screening's decision is cited where it takes effect: a member struck off or expelled leaves member-service's
-- register with this number in their history (event ScreeningDecided).
alter table screening_findings add column decision_number varchar(64);
