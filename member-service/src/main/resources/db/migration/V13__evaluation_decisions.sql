-- A member struck off or expelled by a screening's decision (evaluation-service, ScreeningDecided) leaves the register
-- citing the finding; one finding removes a member once.
alter table member_events add column screening_finding_id uuid;
create unique index member_events_screening_finding on member_events (screening_finding_id)
    where screening_finding_id is not null;
