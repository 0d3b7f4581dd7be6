-- evaluation-service's decisions take effect in the register (issue 20): a member struck off or expelled by a
-- screening (ScreeningDecided) or expelled by a discipline decision (DisciplineDecided) leaves it citing the finding or
-- the case; one finding or case removes a member once.
alter table member_events add column screening_finding_id uuid;
create unique index member_events_screening_finding on member_events (screening_finding_id)
    where screening_finding_id is not null;
alter table member_events add column discipline_case_id uuid;
create unique index member_events_discipline_case on member_events (discipline_case_id)
    where discipline_case_id is not null;
